package fr.clocher.wastebilling.service.tariffs;

import java.util.List;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TariffsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The tariff grids over HTTP. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class TariffsController implements TariffsApi {

	private final TariffBook book;

	private final WasteChanges changes;

	TariffsController(TariffBook book, WasteChanges changes) {
		this.book = book;
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Integer> tariffYears(String tenant) {
		return this.book.years();
	}

	@Override
	@Transactional(readOnly = true)
	public TariffGrid tariff(String tenant, int year) {
		return this.book.find(year)
			.orElseThrow(() -> ApiProblem.notFound("tariff-not-found", "year",
					LocalizedText.of("Aucune grille tarifaire pour %d.", "No tariff grid for %d.").formatted(year)));
	}

	@Override
	@Transactional
	public TariffGrid saveTariff(String tenant, int year, TariffGrid grid) {
		TariffGrid checked = TariffRules.checked(year, grid);
		if (this.book.issuedRunIn(year)) {
			throw ApiProblem.conflict("tariff-in-use", "year", LocalizedText.of(
					"Des factures de %d sont émises avec cette grille : elle ne change plus (une correction passe par un avoir).",
					"Invoices of %d are issued with this grid: it no longer changes (a correction is a credit note).")
				.formatted(year));
		}
		this.book.save(checked);
		this.changes
			.record(LocalizedText.of("Grille tarifaire %d enregistrée", "Tariff grid %d saved").formatted(year));
		return checked;
	}

}
