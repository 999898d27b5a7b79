package fr.clocher.website.ui;

import fr.clocher.website.api.Council;
import fr.clocher.website.api.CouncilApi;

/**
 * The mayor and the council members in memory.
 */
public class InMemoryCouncilApi extends InMemoryDocument<Council> implements CouncilApi {

	InMemoryCouncilApi() {
		super(() -> new Council(null));
	}

	@Override
	public Council council(String tenant) {
		return this.current;
	}

	@Override
	public Council updateCouncil(String tenant, Council council) {
		return save(council);
	}

}
