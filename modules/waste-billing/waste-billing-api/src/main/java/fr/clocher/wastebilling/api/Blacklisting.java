package fr.clocher.wastebilling.api;

import java.time.LocalDate;

/**
 * A lost or stolen bin, refused from a date: its lifts from then on are anomalies.
 *
 * @param from the first day
 * @param reason lost, stolen, broken...
 */
public record Blacklisting(LocalDate from, String reason) {

}
