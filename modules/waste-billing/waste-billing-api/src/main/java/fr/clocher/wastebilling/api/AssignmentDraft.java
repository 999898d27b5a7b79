package fr.clocher.wastebilling.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Gives a bin to a payer from a date. The bin's open assignment to someone else, if it
 * started before, ends the day before.
 *
 * @param payerId the payer
 * @param startDate the first day
 * @param endDate the last day, null while it lasts
 */
public record AssignmentDraft(UUID payerId, LocalDate startDate, LocalDate endDate) {

}
