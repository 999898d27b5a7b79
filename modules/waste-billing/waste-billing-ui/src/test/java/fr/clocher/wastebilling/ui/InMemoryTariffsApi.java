package fr.clocher.wastebilling.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TariffsApi;

/** The tariff grids by year, in memory. */
public class InMemoryTariffsApi implements TariffsApi {

	public final Map<Integer, TariffGrid> grids = new TreeMap<>();

	public final List<TariffGrid> saved = new ArrayList<>();

	public RuntimeException failure;

	public void reset() {
		this.grids.clear();
		this.saved.clear();
		this.failure = null;
	}

	@Override
	public List<Integer> tariffYears(String tenant) {
		return this.grids.keySet().stream().sorted(Comparator.reverseOrder()).toList();
	}

	@Override
	public TariffGrid tariff(String tenant, int year) {
		TariffGrid grid = this.grids.get(year);
		if (grid == null) {
			throw new IllegalStateException("tariff-not-found " + year);
		}
		return grid;
	}

	@Override
	public TariffGrid saveTariff(String tenant, int year, TariffGrid grid) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.saved.add(grid);
		this.grids.put(year, grid);
		return grid;
	}

}
