package fr.clocher.website.service.settings;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.website.api.Council;
import fr.clocher.website.api.CouncilApi;
import fr.clocher.website.api.Website;

import org.springframework.web.bind.annotation.RestController;

/**
 * The mayor and the council members over HTTP.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class CouncilController implements CouncilApi {

	private final CouncilSettings council;

	CouncilController(CouncilSettings council) {
		this.council = council;
	}

	@Override
	public Council council(String tenant) {
		return this.council.get();
	}

	@Override
	public Council updateCouncil(String tenant, Council council) {
		return this.council.update(council);
	}

}
