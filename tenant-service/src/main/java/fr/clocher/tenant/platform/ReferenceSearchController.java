package fr.clocher.tenant.platform;

import java.util.List;
import java.util.Set;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.ReferenceApi;
import fr.clocher.kernel.api.platform.ReferenceCommuneMatch;
import fr.clocher.kernel.api.platform.ReferenceIntercommunalityMatch;
import fr.clocher.tenant.reference.ReferenceCommune;
import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.reference.ReferenceIntercommunality;
import fr.clocher.tenant.registry.TenantQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.RestController;

/**
 * The reference searched to pick a commune or an intercommunality, each match saying
 * whether it is already on the platform.
 */
@RestController
@Tag(name = "Reference", description = "The official communes and intercommunalities")
class ReferenceSearchController implements ReferenceApi {

	private final ReferenceSearch search;

	private final ReferenceData reference;

	private final TenantQueries queries;

	ReferenceSearchController(ReferenceSearch search, ReferenceData reference, TenantQueries queries) {
		this.search = search;
		this.reference = reference;
		this.queries = queries;
	}

	@Override
	@Operation(summary = "Communes by name (accents and case ignored), postcode or INSEE code")
	public List<ReferenceCommuneMatch> communes(String query, int limit) {
		List<ReferenceCommune> found = this.search.communes(query, limit);
		Set<String> registered = this.queries.registeredCodes(TenantKind.COMMUNE,
				found.stream().map(ReferenceCommune::inseeCode).toList());
		return found.stream()
			.map((c) -> new ReferenceCommuneMatch(c.inseeCode(), c.name(), c.department(), c.postalCodes(),
					c.population(), intercommunalityName(c), registered.contains(c.inseeCode())))
			.toList();
	}

	@Override
	@Operation(summary = "Intercommunalities by name or SIREN")
	public List<ReferenceIntercommunalityMatch> intercommunalities(String query, int limit) {
		List<ReferenceIntercommunality> found = this.search.intercommunalities(query, limit);
		Set<String> registered = this.queries.registeredCodes(TenantKind.INTERCOMMUNALITY,
				found.stream().map(ReferenceIntercommunality::siren).toList());
		return found.stream()
			.map((epci) -> new ReferenceIntercommunalityMatch(epci.siren(), epci.name(), epci.type(), epci.population(),
					epci.memberInseeCodes().size(), registered.contains(epci.siren())))
			.toList();
	}

	private String intercommunalityName(ReferenceCommune commune) {
		return (commune.intercommunalitySiren() == null) ? null
				: this.reference.intercommunality(commune.intercommunalitySiren())
					.map(ReferenceIntercommunality::name)
					.orElse(null);
	}

}
