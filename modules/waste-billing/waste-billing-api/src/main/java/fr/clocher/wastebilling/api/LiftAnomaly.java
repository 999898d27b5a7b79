package fr.clocher.wastebilling.api;

import java.time.Instant;

/**
 * One anomalous lift of an import.
 *
 * @param line the line of the file
 * @param tag the bin's tag
 * @param liftedAt when
 * @param weightGrams the weight, null when not weighed
 * @param kind what is wrong
 */
public record LiftAnomaly(long line, String tag, Instant liftedAt, Long weightGrams, AnomalyKind kind) {

}
