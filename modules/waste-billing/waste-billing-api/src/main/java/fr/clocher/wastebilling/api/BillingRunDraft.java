package fr.clocher.wastebilling.api;

/**
 * A billing run to create: a half-year by default.
 *
 * @param year the year (its tariff grid applies)
 * @param half 1 (January–June) or 2 (July–December); null for the whole year
 */
public record BillingRunDraft(Integer year, Integer half) {

}
