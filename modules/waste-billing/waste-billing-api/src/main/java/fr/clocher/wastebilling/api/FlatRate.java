package fr.clocher.wastebilling.api;

/**
 * A professional's flat rate for a whole year, instead of the part per person.
 *
 * @param code the category's code, as on the payer ({@code RESTAURANT})
 * @param label the category's name
 * @param annualCents the flat rate for the year
 */
public record FlatRate(String code, String label, Long annualCents) {

}
