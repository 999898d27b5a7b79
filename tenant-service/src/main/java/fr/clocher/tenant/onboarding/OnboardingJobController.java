package fr.clocher.tenant.onboarding;

import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.platform.NewIntercommunality;
import fr.clocher.kernel.api.platform.OnboardingJob;
import fr.clocher.kernel.api.platform.OnboardingJobApi;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.tenant.reference.ReferenceIntercommunality;
import fr.clocher.tenant.registry.TenantRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts and follows intercommunality onboardings. Submitting twice while one runs
 * answers the running job; once it is done, the registry refuses the intercommunality as
 * already registered.
 */
@RestController
@Tag(name = "Onboarding", description = "Intercommunalities onboarded in the background, with progress")
class OnboardingJobController implements OnboardingJobApi {

	private final TenantRegistry registry;

	private final OnboardingJobs jobs;

	private final OnboardingRunner runner;

	OnboardingJobController(TenantRegistry registry, OnboardingJobs jobs, OnboardingRunner runner) {
		this.registry = registry;
		this.jobs = jobs;
		this.runner = runner;
	}

	@Override
	@Operation(summary = "Onboard an intercommunality and all its members in the background",
			description = "202 with the new job; 200 with the running one if the same SIREN is already being onboarded")
	public ResponseEntity<OnboardingJob> startOnboarding(NewIntercommunality request) {
		Optional<OnboardingJob> running = this.jobs.running(request.siren());
		if (running.isPresent()) {
			return ResponseEntity.ok(running.get());
		}
		ReferenceIntercommunality epci = this.registry.intercommunalityToOnboard(request.siren());
		Optional<OnboardingJob> started = this.jobs.start(epci.siren(), epci.name(), epci.memberInseeCodes().size(),
				blankToNull(request.secretaryEmail()));
		if (started.isEmpty()) {
			return this.jobs.running(epci.siren()).map(ResponseEntity::ok).orElseGet(() -> startOnboarding(request));
		}
		this.runner.submit(started.get().id(), epci.siren());
		return ResponseEntity.accepted().body(started.get());
	}

	@Override
	@Operation(summary = "Where an onboarding job stands: done out of total members, then done or failed")
	public OnboardingJob onboardingJob(UUID id) {
		return this.jobs.find(id)
			.orElseThrow(() -> ApiProblem.notFound("unknown-job", "id",
					LocalizedText
						.of("Aucune inscription en cours ou passée n'a l'identifiant « %s ».",
								"No onboarding has the id '%s'.")
						.formatted(id)));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
