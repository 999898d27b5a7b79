package fr.clocher.wastebilling.api;

import java.time.LocalDate;

/**
 * An exemption from the charge over a range of dates (whole months, see the billing's
 * proration rule).
 *
 * @param reason why (e.g. "résidence en établissement")
 * @param proofReference the reference of the proof kept by the secretary
 * @param validFrom the first day
 * @param validTo the last day, null while it lasts
 */
public record ExemptionDraft(String reason, String proofReference, LocalDate validFrom, LocalDate validTo) {

}
