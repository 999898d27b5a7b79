package fr.clocher.wastebilling.api;

/** A run's total for one tariff component. */
public record LineTotal(LineCode code, long lines, long amountCents) {

}
