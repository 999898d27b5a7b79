package fr.clocher.website.service.settings;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.website.api.TownHall;
import fr.clocher.website.api.TownHallApi;
import fr.clocher.website.api.Website;

import org.springframework.web.bind.annotation.RestController;

/**
 * The town hall's address, contacts and opening hours over HTTP.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class TownHallController implements TownHallApi {

	private final TownHallSettings townHall;

	TownHallController(TownHallSettings townHall) {
		this.townHall = townHall;
	}

	@Override
	public TownHall townHall(String tenant) {
		return this.townHall.get();
	}

	@Override
	public TownHall updateTownHall(String tenant, TownHall townHall) {
		return this.townHall.update(townHall);
	}

}
