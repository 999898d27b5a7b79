package fr.clocher.wastebilling.service.payers;

import java.time.LocalDate;
import java.util.UUID;

import fr.clocher.wastebilling.api.Civility;
import fr.clocher.wastebilling.api.PayerKind;

/** A payer row. */
record StoredPayer(UUID id, PayerKind kind, String reference, String name, String address, UUID communeId,
		Integer householdSize, String professionalCategory, LocalDate activeFrom, LocalDate activeTo, Civility civility,
		String firstName, String siret) {

}
