package fr.clocher.wastebilling.service.tariffs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.service.support.Violations;

/**
 * What a tariff grid must be: every amount present where it is needed, none negative, at
 * most one million euros; one line per bin volume; professional categories unique. Every
 * refused field is named with its place ({@code volumes[1].extraLiftCents}).
 */
final class TariffRules {

	static final long MAX_CENTS = 100_000_000L;

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,40}");

	private TariffRules() {
	}

	/** The grid checked and with its defaults (0 for no part per person, no minimum). */
	static TariffGrid checked(int year, TariffGrid grid) {
		Violations violations = new Violations();
		if (grid == null) {
			grid = new TariffGrid(null, null, null, null, null, null);
		}
		if (grid.year() != null && grid.year() != year) {
			violations.add("year", "L'année de la grille n'est pas celle de l'adresse (%d).".formatted(year),
					"The grid's year is not the address's (%d).".formatted(year));
		}
		violations.between("year", year, 2000, 2100);
		if (grid.volumes().isEmpty()) {
			violations.add("volumes", "Au moins un volume de bac est nécessaire.",
					"At least one bin volume is needed.");
		}
		Set<Integer> volumes = new HashSet<>();
		for (int i = 0; i < grid.volumes().size(); i++) {
			VolumeTariff line = grid.volumes().get(i);
			String at = "volumes[" + i + "].";
			if (line == null) {
				violations.add("volumes[" + i + "]", "Ligne vide.", "Empty line.");
				continue;
			}
			if (violations.present(at + "volumeLitres", line.volumeLitres())) {
				violations.between(at + "volumeLitres", line.volumeLitres(), 10, 5000);
				if (!volumes.add(line.volumeLitres())) {
					violations.add(at + "volumeLitres", "Ce volume a déjà une ligne.",
							"This volume already has a line.");
				}
			}
			amount(violations, at + "fixedCents", line.fixedCents(), true);
			if (violations.present(at + "includedLifts", line.includedLifts())) {
				violations.between(at + "includedLifts", line.includedLifts(), 0, 1000);
			}
			amount(violations, at + "extraLiftCents", line.extraLiftCents(), true);
		}
		amount(violations, "perPersonCents", grid.perPersonCents(), false);
		amount(violations, "pricePerKgCents", grid.pricePerKgCents(), false);
		amount(violations, "minimumChargeCents", grid.minimumChargeCents(), false);
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < grid.professionalRates().size(); i++) {
			FlatRate rate = grid.professionalRates().get(i);
			String at = "professionalRates[" + i + "].";
			if (rate == null) {
				violations.add("professionalRates[" + i + "]", "Ligne vide.", "Empty line.");
				continue;
			}
			if (violations.present(at + "code", rate.code())) {
				if (!CODE.matcher(rate.code()).matches()) {
					violations.add(at + "code", "Majuscules, chiffres, tirets, 40 caractères au plus.",
							"Capitals, digits, dashes, at most 40 characters.");
				}
				else if (!codes.add(rate.code())) {
					violations.add(at + "code", "Cette catégorie a déjà une ligne.",
							"This category already has a line.");
				}
			}
			violations.present(at + "label", Violations.clean(rate.label()));
			violations.maxLength(at + "label", rate.label(), 100);
			amount(violations, at + "annualCents", rate.annualCents(), true);
		}
		violations.throwIfAny();
		List<FlatRate> rates = grid.professionalRates()
			.stream()
			.map((rate) -> new FlatRate(rate.code(), rate.label().strip(), rate.annualCents()))
			.toList();
		return new TariffGrid(year, grid.volumes(), orZero(grid.perPersonCents()), grid.pricePerKgCents(), rates,
				orZero(grid.minimumChargeCents()));
	}

	private static void amount(Violations violations, String field, Long cents, boolean required) {
		if (required && !violations.present(field, cents)) {
			return;
		}
		if (cents != null && (cents < 0 || cents > MAX_CENTS)) {
			violations.add(field, "Montant en centimes attendu entre 0 et %d (%d saisi).".formatted(MAX_CENTS, cents),
					"Amount in cents expected between 0 and %d (%d given).".formatted(MAX_CENTS, cents));
		}
	}

	private static long orZero(Long cents) {
		return (cents != null) ? cents : 0L;
	}

}
