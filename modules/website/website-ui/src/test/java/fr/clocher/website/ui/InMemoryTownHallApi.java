package fr.clocher.website.ui;

import java.util.ArrayList;
import java.util.List;

import fr.clocher.website.api.TownHall;
import fr.clocher.website.api.TownHallApi;

/**
 * The town hall's information in memory; every save is recorded.
 */
public class InMemoryTownHallApi implements TownHallApi {

	public TownHall townHall;

	public final List<TownHall> saved = new ArrayList<>();

	void reset() {
		this.townHall = TownHall.empty();
		this.saved.clear();
	}

	@Override
	public TownHall townHall(String tenant) {
		return this.townHall;
	}

	@Override
	public TownHall updateTownHall(String tenant, TownHall townHall) {
		this.saved.add(townHall);
		this.townHall = townHall;
		return townHall;
	}

}
