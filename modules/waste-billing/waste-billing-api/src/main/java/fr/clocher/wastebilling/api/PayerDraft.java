package fr.clocher.wastebilling.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payer as the secretary enters it.
 *
 * @param kind household or professional
 * @param reference the payer's reference, unique within the tenant (on every bill)
 * @param name the household's or business's name
 * @param address the billing address (street, postcode)
 * @param communeId the member commune the payer lives in
 * @param householdSize persons in the household (households, at least 1)
 * @param professionalCategory the code of the professional flat rate (professionals)
 * @param activeFrom the arrival date
 * @param activeTo the departure date, null while the payer stays
 */
public record PayerDraft(PayerKind kind, String reference, String name, String address, UUID communeId,
		Integer householdSize, String professionalCategory, LocalDate activeFrom, LocalDate activeTo) {

}
