package fr.clocher.wastebilling.api;

/**
 * One line of an invoice with its basis of calculation: the figures it was computed from
 * (those that do not apply are null) and the same in words.
 *
 * @param code the tariff component
 * @param label its name ("Part fixe bac 120 L")
 * @param basis the calculation in words ("6/12 × 150,00 €")
 * @param months the months billed (proration: months / 12)
 * @param volumeLitres the bin's volume
 * @param persons the household's size
 * @param liftsCounted the lifts counted
 * @param liftsIncluded the lifts the fixed part includes for the months billed
 * @param extraLifts the lifts beyond those
 * @param weightGrams the weight lifted
 * @param unitCents the yearly amount, the price of an extra lift or per kilogram
 * @param amountCents the line's amount, rounded as {@link Cents} says
 */
public record InvoiceLine(LineCode code, String label, String basis, Integer months, Integer volumeLitres,
		Integer persons, Integer liftsCounted, Integer liftsIncluded, Integer extraLifts, Long weightGrams,
		Long unitCents, long amountCents) {

}
