package fr.clocher.wastebilling.service.lifts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One valid line of a lift file.
 *
 * @param line its line number in the file (the header is line 1)
 * @param sourceRef what identifies the lift across files: the vehicle's reference, else
 * truck, tag and timestamp
 * @param liftedOn the lift's date in Paris
 */
record LiftLine(long line, String sourceRef, String tag, OffsetDateTime liftedAt, LocalDate liftedOn, Long weightGrams,
		Double latitude, Double longitude, String truck) {

}
