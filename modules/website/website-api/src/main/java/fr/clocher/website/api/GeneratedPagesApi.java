package fr.clocher.website.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The pages every commune site must have (legal notices, privacy, accessibility): written
 * from the commune's data, edited field by field. A field the secretary has not edited
 * follows the data.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface GeneratedPagesApi {

	/**
	 * The legal notices as published, with the generated text of each field.
	 * @param tenant the commune's slug
	 * @return values, defaults and which fields are edited
	 */
	@GetExchange("/generated/legal-notices")
	GeneratedPage<LegalNoticesFields> legalNotices(@PathVariable("tenant") String tenant);

	/**
	 * Saves the legal notices: a field equal to its generated text, blank or null follows
	 * the commune's data again; only the others are stored as edits.
	 * @param tenant the commune's slug
	 * @param fields the fields as shown to the secretary
	 * @return values, defaults and which fields are edited
	 */
	@PutExchange("/generated/legal-notices")
	GeneratedPage<LegalNoticesFields> updateLegalNotices(@PathVariable("tenant") String tenant,
			@RequestBody LegalNoticesFields fields);

	/**
	 * Forgets every edit of the legal notices.
	 * @param tenant the commune's slug
	 * @return the generated page
	 */
	@DeleteExchange("/generated/legal-notices")
	GeneratedPage<LegalNoticesFields> resetLegalNotices(@PathVariable("tenant") String tenant);

	/**
	 * The privacy page (personal data: what, why, how long, rights, contact).
	 * @param tenant the commune's slug
	 * @return values, defaults and which fields are edited
	 */
	@GetExchange("/generated/privacy")
	GeneratedPage<PrivacyFields> privacy(@PathVariable("tenant") String tenant);

	/**
	 * Saves the privacy page, storing only what differs from the generated text.
	 * @param tenant the commune's slug
	 * @param fields the fields as shown to the secretary
	 * @return values, defaults and which fields are edited
	 */
	@PutExchange("/generated/privacy")
	GeneratedPage<PrivacyFields> updatePrivacy(@PathVariable("tenant") String tenant,
			@RequestBody PrivacyFields fields);

	/**
	 * Forgets every edit of the privacy page.
	 * @param tenant the commune's slug
	 * @return the generated page
	 */
	@DeleteExchange("/generated/privacy")
	GeneratedPage<PrivacyFields> resetPrivacy(@PathVariable("tenant") String tenant);

	/**
	 * The accessibility statement (RGAA).
	 * @param tenant the commune's slug
	 * @return values, defaults and which fields are edited
	 */
	@GetExchange("/generated/accessibility")
	GeneratedPage<AccessibilityFields> accessibility(@PathVariable("tenant") String tenant);

	/**
	 * Saves the accessibility statement, storing only what differs from the generated
	 * text. Refused ({@code invalid-request}) for a rate outside 0–100, a rate without an
	 * audit date, a malformed contact e-mail.
	 * @param tenant the commune's slug
	 * @param fields the fields as shown to the secretary
	 * @return values, defaults and which fields are edited
	 */
	@PutExchange("/generated/accessibility")
	GeneratedPage<AccessibilityFields> updateAccessibility(@PathVariable("tenant") String tenant,
			@RequestBody AccessibilityFields fields);

	/**
	 * Forgets every edit of the accessibility statement.
	 * @param tenant the commune's slug
	 * @return the generated page
	 */
	@DeleteExchange("/generated/accessibility")
	GeneratedPage<AccessibilityFields> resetAccessibility(@PathVariable("tenant") String tenant);

}
