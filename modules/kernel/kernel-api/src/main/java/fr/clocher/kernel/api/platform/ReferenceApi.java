package fr.clocher.kernel.api.platform;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The official reference of communes and intercommunalities, searched to pick what to put
 * on the platform.
 */
@HttpExchange("/api/platform")
public interface ReferenceApi {

	/**
	 * Communes whose name starts with the query (accents and case ignored), or whose
	 * postcode or INSEE code starts with it; the largest first.
	 */
	@GetExchange("/reference/communes")
	List<ReferenceCommuneMatch> communes(@RequestParam("q") String query,
			@RequestParam(name = "limit", defaultValue = "20") @Min(1) @Max(100) int limit);

	/**
	 * Intercommunalities whose name contains the query, or whose SIREN starts with it.
	 */
	@GetExchange("/reference/intercommunalities")
	List<ReferenceIntercommunalityMatch> intercommunalities(@RequestParam("q") String query,
			@RequestParam(name = "limit", defaultValue = "20") @Min(1) @Max(100) int limit);

}
