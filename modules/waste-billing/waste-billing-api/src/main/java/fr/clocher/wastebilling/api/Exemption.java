package fr.clocher.wastebilling.api;

import java.time.LocalDate;
import java.util.UUID;

/** An exemption as stored; {@link ExemptionDraft} gives the fields' meaning. */
public record Exemption(UUID id, UUID payerId, String reason, String proofReference, LocalDate validFrom,
		LocalDate validTo) {

}
