package fr.clocher.website.service.generated;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.GeneratedPage;
import fr.clocher.website.api.GeneratedPagesApi;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.api.PrivacyFields;
import fr.clocher.website.api.Website;
import fr.clocher.website.service.support.SiteUrls;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * The generated pages over HTTP: each read with its generated text, saved as edits, reset
 * to follow the commune's data again.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class GeneratedPagesController implements GeneratedPagesApi {

	private final GeneratedPages generated;

	private final SiteUrls site;

	GeneratedPagesController(GeneratedPages generated, SiteUrls site) {
		this.generated = generated;
		this.site = site;
	}

	@Override
	public GeneratedPage<LegalNoticesFields> legalNotices(String tenant) {
		return generated(this.generated.legalNotices(), GeneratedPages.LEGAL_NOTICES_PATH);
	}

	@Override
	public GeneratedPage<LegalNoticesFields> updateLegalNotices(String tenant, LegalNoticesFields fields) {
		return generated(this.generated.updateLegalNotices(fields), GeneratedPages.LEGAL_NOTICES_PATH);
	}

	@Override
	@Transactional
	public GeneratedPage<LegalNoticesFields> resetLegalNotices(String tenant) {
		this.generated.reset(GeneratedPages.Page.LEGAL_NOTICES);
		return legalNotices(tenant);
	}

	@Override
	public GeneratedPage<PrivacyFields> privacy(String tenant) {
		return generated(this.generated.privacy(), GeneratedPages.PRIVACY_PATH);
	}

	@Override
	public GeneratedPage<PrivacyFields> updatePrivacy(String tenant, PrivacyFields fields) {
		return generated(this.generated.updatePrivacy(fields), GeneratedPages.PRIVACY_PATH);
	}

	@Override
	@Transactional
	public GeneratedPage<PrivacyFields> resetPrivacy(String tenant) {
		this.generated.reset(GeneratedPages.Page.PRIVACY);
		return privacy(tenant);
	}

	@Override
	public GeneratedPage<AccessibilityFields> accessibility(String tenant) {
		return generated(this.generated.accessibility(), GeneratedPages.ACCESSIBILITY_PATH);
	}

	@Override
	public GeneratedPage<AccessibilityFields> updateAccessibility(String tenant, AccessibilityFields fields) {
		return generated(this.generated.updateAccessibility(fields), GeneratedPages.ACCESSIBILITY_PATH);
	}

	@Override
	@Transactional
	public GeneratedPage<AccessibilityFields> resetAccessibility(String tenant) {
		this.generated.reset(GeneratedPages.Page.ACCESSIBILITY);
		return accessibility(tenant);
	}

	private <F> GeneratedPage<F> generated(Generated<F> page, String path) {
		return new GeneratedPage<>(page.values(), page.defaults(), page.editedFields(), path, this.site.url(path),
				page.updatedAt());
	}

}
