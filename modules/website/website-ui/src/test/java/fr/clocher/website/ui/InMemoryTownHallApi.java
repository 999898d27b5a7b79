package fr.clocher.website.ui;

import fr.clocher.website.api.TownHall;
import fr.clocher.website.api.TownHallApi;

/**
 * The town hall's information in memory.
 */
public class InMemoryTownHallApi extends InMemoryDocument<TownHall> implements TownHallApi {

	InMemoryTownHallApi() {
		super(TownHall::empty);
	}

	@Override
	public TownHall townHall(String tenant) {
		return this.current;
	}

	@Override
	public TownHall updateTownHall(String tenant, TownHall townHall) {
		return save(townHall);
	}

}
