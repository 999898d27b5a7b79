package fr.clocher.wastebilling.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payer as stored; {@link PayerDraft} gives the fields' meaning.
 *
 * @param id the payer
 * @param communeName the member commune's name
 */
public record Payer(UUID id, PayerKind kind, String reference, String name, String address, UUID communeId,
		String communeName, Integer householdSize, String professionalCategory, LocalDate activeFrom,
		LocalDate activeTo, Civility civility, String firstName, String siret) {

}
