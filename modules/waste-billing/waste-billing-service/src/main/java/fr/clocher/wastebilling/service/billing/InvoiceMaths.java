package fr.clocher.wastebilling.service.billing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.Cents;
import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.service.billing.PayerFacts.Exempted;
import fr.clocher.wastebilling.service.billing.PayerFacts.HeldBin;
import fr.clocher.wastebilling.service.billing.PayerFacts.Usage;

/**
 * One payer's invoice lines for a period, from the year's grid: pure arithmetic on
 * integers, each line rounded once ({@link Cents}), months prorated by the rule of
 * {@link Period}.
 *
 * <ul>
 * <li>Months billed: those the payer holds on the 15th, less those an exemption holds
 * (shown on an {@link LineCode#EXEMPTION} line of 0).</li>
 * <li>Per bin held: its volume's fixed part × months the bin is held (and billed) / 12;
 * its lifts in the period (not in exempted months) against the included lifts prorated
 * the same way, the extra ones at the volume's price; their weight at the price per
 * kilogram when the grid has one.</li>
 * <li>A household: the part per person × persons × months / 12; a professional: the
 * category's flat rate × months / 12.</li>
 * <li>The minimum charge × months / 12, when the lines add up to less: the difference on
 * a {@link LineCode#MINIMUM} line.</li>
 * </ul>
 */
final class InvoiceMaths {

	private static final int YEAR = 12;

	private InvoiceMaths() {
	}

	static List<InvoiceLine> lines(Period period, TariffGrid grid, PayerFacts payer) {
		List<YearMonth> active = period.months()
			.stream()
			.filter((month) -> Period.holds(payer.from(), payer.to(), month))
			.toList();
		List<YearMonth> exempted = active.stream().filter((month) -> exemption(payer, month).isPresent()).toList();
		List<YearMonth> billed = active.stream().filter((month) -> !exempted.contains(month)).toList();
		List<InvoiceLine> lines = new ArrayList<>();
		Set<YearMonth> inPeriod = Set.copyOf(period.months());
		for (HeldBin bin : payer.bins().stream().sorted(Comparator.comparing(HeldBin::from)).toList()) {
			binLines(inPeriod, grid, payer, bin, billed, exempted, lines);
		}
		int months = billed.size();
		if (months > 0 && payer.kind() == PayerKind.HOUSEHOLD && grid.perPersonCents() > 0) {
			long yearly = grid.perPersonCents() * payer.persons();
			lines
				.add(new InvoiceLine(LineCode.FIXED_PERSON, "Part fixe par personne",
						payer.persons() + " personne(s) × " + Cents.format(grid.perPersonCents()) + " × " + months
								+ "/12",
						months, null, payer.persons(), null, null, null, null, grid.perPersonCents(),
						Cents.prorate(yearly, months, YEAR)));
		}
		if (months > 0 && payer.kind() == PayerKind.PROFESSIONAL) {
			FlatRate rate = grid.professionalRates()
				.stream()
				.filter((candidate) -> candidate.code().equals(payer.category()))
				.findFirst()
				.orElseThrow(() -> missing(LocalizedText
					.of("La grille %d n'a pas de forfait pour la catégorie %s (redevable %s).",
							"The %d grid has no flat rate for category %s (payer %s).")
					.formatted(grid.year(), payer.category(), payer.reference())));
			lines.add(new InvoiceLine(LineCode.FLAT_RATE, "Forfait professionnel : " + rate.label(),
					Cents.format(rate.annualCents()) + " × " + months + "/12", months, null, null, null, null, null,
					null, rate.annualCents(), Cents.prorate(rate.annualCents(), months, YEAR)));
		}
		if (!exempted.isEmpty()) {
			Exempted first = exemption(payer, exempted.get(0)).orElseThrow();
			lines.add(new InvoiceLine(LineCode.EXEMPTION, "Exonération : " + first.reason(),
					exempted.size() + " mois exonéré(s), justificatif " + first.proof(), exempted.size(), null, null,
					null, null, null, null, null, 0));
		}
		long minimum = Cents.prorate(grid.minimumChargeCents(), months, YEAR);
		long total = lines.stream().mapToLong(InvoiceLine::amountCents).sum();
		if (months > 0 && total < minimum) {
			lines.add(new InvoiceLine(LineCode.MINIMUM, "Complément au minimum de perception",
					"minimum " + Cents.format(grid.minimumChargeCents()) + " × " + months + "/12 = "
							+ Cents.format(minimum) + ", lignes " + Cents.format(total),
					months, null, null, null, null, null, null, grid.minimumChargeCents(), minimum - total));
		}
		return lines;
	}

	private static void binLines(Set<YearMonth> inPeriod, TariffGrid grid, PayerFacts payer, HeldBin bin,
			List<YearMonth> billed, List<YearMonth> exempted, List<InvoiceLine> lines) {
		VolumeTariff tariff = grid.volumes()
			.stream()
			.filter((candidate) -> candidate.volumeLitres() == bin.volumeLitres())
			.findFirst()
			.orElseThrow(() -> missing(LocalizedText
				.of("La grille %d n'a pas de ligne pour les bacs de %d L (redevable %s).",
						"The %d grid has no line for %d L bins (payer %s).")
				.formatted(grid.year(), bin.volumeLitres(), payer.reference())));
		int months = (int) billed.stream().filter((month) -> Period.holds(bin.from(), bin.to(), month)).count();
		int lifts = 0;
		long grams = 0;
		for (Map.Entry<YearMonth, Usage> month : bin.usage().entrySet()) {
			if (inPeriod.contains(month.getKey()) && !exempted.contains(month.getKey())) {
				lifts += month.getValue().lifts();
				grams += month.getValue().grams();
			}
		}
		if (months == 0 && lifts == 0) {
			return;
		}
		String volume = "bac de " + bin.volumeLitres() + " L";
		if (months > 0) {
			lines.add(new InvoiceLine(LineCode.FIXED_BIN, "Part fixe, " + volume,
					Cents.format(tariff.fixedCents()) + " × " + months + "/12", months, bin.volumeLitres(), null, null,
					null, null, null, tariff.fixedCents(), Cents.prorate(tariff.fixedCents(), months, YEAR)));
		}
		int included = Cents.prorateCount(tariff.includedLifts(), months, YEAR);
		int extra = Math.max(0, lifts - included);
		lines.add(new InvoiceLine(LineCode.EXTRA_LIFTS, "Levées supplémentaires, " + volume,
				lifts + " levée(s) comptée(s), " + included + " incluse(s) (" + tariff.includedLifts() + " × " + months
						+ "/12) : " + extra + " × " + Cents.format(tariff.extraLiftCents()),
				months, bin.volumeLitres(), null, lifts, included, extra, null, tariff.extraLiftCents(),
				extra * tariff.extraLiftCents()));
		if (grid.pricePerKgCents() != null) {
			lines.add(new InvoiceLine(LineCode.WEIGHT, "Poids, " + volume,
					kilograms(grams) + " kg × " + Cents.format(grid.pricePerKgCents()) + "/kg", null,
					bin.volumeLitres(), null, lifts, null, null, grams, grid.pricePerKgCents(),
					Cents.prorate(grid.pricePerKgCents(), grams, 1000)));
		}
	}

	/**
	 * Grams as kilograms with three decimals, {@code 12,500}: written by hand, as every
	 * basis here, a format string costing more than the rest of a payer's maths.
	 */
	private static String kilograms(long grams) {
		String rest = Long.toString(grams % 1000);
		return (grams / 1000) + "," + "000".substring(rest.length()) + rest;
	}

	private static Optional<Exempted> exemption(PayerFacts payer, YearMonth month) {
		return payer.exemptions().stream().filter((e) -> Period.holds(e.from(), e.to(), month)).findFirst();
	}

	private static ApiProblem missing(LocalizedText reason) {
		return ApiProblem.conflict("tariff-incomplete", "tariff", reason);
	}

}
