package fr.clocher.website.api;

import java.time.LocalDate;

/**
 * The accessibility statement ({@code /accessibilite}) in the RGAA's form. Texts are
 * plain text, each at most 4,000 characters; each field is generated until edited.
 *
 * @param complianceStatus the compliance status (generated: not compliant, no audit yet)
 * @param complianceRate the rate of criteria met found by the audit, 0–100, or null
 * without an audit
 * @param auditDate when the audit was made, required with a rate
 * @param auditor who made it (may be empty)
 * @param nonCompliances the content that is not accessible and why
 * @param derogations content exempted for a disproportionate burden, and why
 * @param contact how to report a problem or ask for accessible content (generated from
 * the town hall's e-mail, phone and address)
 * @param remedies the remedies (the Défenseur des droits, generated)
 * @param statementDate when the statement was made (generated: the commune's onboarding
 * date)
 */
public record AccessibilityFields(ComplianceStatus complianceStatus, Integer complianceRate, LocalDate auditDate,
		String auditor, String nonCompliances, String derogations, String contact, String remedies,
		LocalDate statementDate) {

}
