package fr.clocher.wastebilling.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payer as the secretary enters it.
 *
 * @param kind household or professional
 * @param reference the payer's reference, unique within the tenant (on every bill)
 * @param name a household's surname (its family name), a professional's legal name
 * (raison sociale)
 * @param address the billing address (street, postcode)
 * @param communeId the member commune the payer lives in
 * @param householdSize persons in the household (households, at least 1)
 * @param professionalCategory the code of the professional flat rate (professionals)
 * @param activeFrom the arrival date
 * @param activeTo the departure date, null while the payer stays
 * @param civility a household's civility (the treasury's {@code Civilite}); optional when
 * saved, required for the PES file
 * @param firstName a household's first name (the treasury's {@code Prenom}); optional
 * when saved, required for the PES file
 * @param siret a professional's SIRET (14 digits, checked), written as its national
 * identifier in the PES file; optional
 */
public record PayerDraft(PayerKind kind, String reference, String name, String address, UUID communeId,
		Integer householdSize, String professionalCategory, LocalDate activeFrom, LocalDate activeTo, Civility civility,
		String firstName, String siret) {

	/** A payer without the treasury's identity (civility, first name, SIRET). */
	public PayerDraft(PayerKind kind, String reference, String name, String address, UUID communeId,
			Integer householdSize, String professionalCategory, LocalDate activeFrom, LocalDate activeTo) {
		this(kind, reference, name, address, communeId, householdSize, professionalCategory, activeFrom, activeTo, null,
				null, null);
	}

}
