package fr.clocher.kernel.api.platform;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Onboarding an intercommunality with all its members as background work whose progress
 * the console follows.
 */
@HttpExchange("/api/platform")
public interface OnboardingJobApi {

	/**
	 * Starts the onboarding (202), or answers the job already running for the same SIREN
	 * (200); an intercommunality already on the platform is refused (409
	 * {@code already-registered}).
	 */
	@PostExchange("/onboarding-jobs")
	ResponseEntity<OnboardingJob> startOnboarding(@Valid @RequestBody NewIntercommunality request);

	/** Where a job stands. */
	@GetExchange("/onboarding-jobs/{id}")
	OnboardingJob onboardingJob(@PathVariable("id") UUID id);

}
