package fr.clocher.wastebilling.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The report of an accepted lift file.
 *
 * @param id the import
 * @param fileName the file's name
 * @param importedAt when
 * @param lines the data lines read
 * @param imported the lifts new to the tenant
 * @param alreadyImported lines whose lift an earlier file had brought (not counted twice)
 * @param duplicatesInFile lines repeating an earlier line of the same file (counted once)
 * @param anomalies the new lifts that are anomalies, by kind
 */
public record LiftImport(UUID id, String fileName, Instant importedAt, long lines, long imported, long alreadyImported,
		long duplicatesInFile, Map<AnomalyKind, Long> anomalies) {

	public LiftImport {
		anomalies = Map.copyOf(anomalies);
	}

}
