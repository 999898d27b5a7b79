package fr.clocher.wastebilling.service.billing;

import java.time.Instant;
import java.util.UUID;

import fr.clocher.wastebilling.api.RunStatus;

/** A billing run row. */
record StoredRun(UUID id, int year, Period period, RunStatus status, Instant computedAt, Instant validatedAt,
		Instant issuedAt) {

}
