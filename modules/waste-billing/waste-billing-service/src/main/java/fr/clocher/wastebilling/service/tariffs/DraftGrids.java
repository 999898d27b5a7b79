package fr.clocher.wastebilling.service.tariffs;

import fr.clocher.wastebilling.api.TariffGrid;

/**
 * The tariff editor's rules for a grid that is not saved (a draft simulated before the
 * council votes): the same fields refused for the same reasons.
 */
public final class DraftGrids {

	private DraftGrids() {
	}

	/**
	 * The draft checked and with its defaults, for its own year or {@code year} when it
	 * names none.
	 */
	public static TariffGrid checked(TariffGrid draft, int year) {
		return TariffRules.checked((draft != null && draft.year() != null) ? draft.year() : year, draft);
	}

}
