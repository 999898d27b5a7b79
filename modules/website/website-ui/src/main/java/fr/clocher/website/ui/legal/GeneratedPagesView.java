package fr.clocher.website.ui.legal;

import java.util.Map;

import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.GeneratedPagesApi;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.api.PrivacyFields;
import fr.clocher.website.api.Website;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The generated pages, one tab each: legal notices, personal data, accessibility
 * statement.
 */
@Route("website/legal")
@PageTitle("Pages obligatoires")
@ModuleView(Website.KEY)
@PermitAll
public class GeneratedPagesView extends ModuleScreen {

	final GeneratedForm<LegalNoticesFields> legalNotices;

	final GeneratedForm<PrivacyFields> privacy;

	final GeneratedForm<AccessibilityFields> accessibility;

	public GeneratedPagesView(GeneratedPagesApi generatedPagesApi) {
		super(translate("website.legal.required-pages"), translate("website.legal.intro"));
		String tenant = tenant();
		this.legalNotices = new GeneratedForm<>(LegalNoticesFields.class,
				Map.of("publisher", translate("website.legal.publisher"), "publicationDirector",
						translate("website.legal.publication-director"), "credits", translate("website.legal.credits"),
						"additionalInformation", translate("website.legal.additional-information")),
				() -> generatedPagesApi.legalNotices(tenant),
				(fields) -> generatedPagesApi.updateLegalNotices(tenant, fields),
				() -> generatedPagesApi.resetLegalNotices(tenant));
		this.privacy = new GeneratedForm<>(PrivacyFields.class,
				Map.of("controller", translate("website.legal.data-controller"), "dataCollected",
						translate("website.legal.data-collected"), "purposes",
						translate("website.legal.purposes-legal-basis"), "recipients",
						translate("website.legal.recipients"), "retention", translate("website.legal.retention"),
						"rights", translate("website.legal.rights"), "contact", translate("website.legal.contact")),
				() -> generatedPagesApi.privacy(tenant), (fields) -> generatedPagesApi.updatePrivacy(tenant, fields),
				() -> generatedPagesApi.resetPrivacy(tenant));
		this.accessibility = new GeneratedForm<>(AccessibilityFields.class,
				Map.of("complianceStatus", translate("website.legal.compliance-status"), "complianceRate",
						translate("website.legal.criteria-met"), "auditDate", translate("website.legal.audit-date"),
						"auditor", translate("website.legal.auditor"), "nonCompliances",
						translate("website.legal.non-accessible-content"), "derogations",
						translate("website.legal.derogations"), "contact", translate("website.legal.feedback-contact"),
						"remedies", translate("website.legal.remedies"), "statementDate",
						translate("website.legal.statement-date")),
				() -> generatedPagesApi.accessibility(tenant),
				(fields) -> generatedPagesApi.updateAccessibility(tenant, fields),
				() -> generatedPagesApi.resetAccessibility(tenant));
		TabSheet tabs = new TabSheet();
		tabs.setWidthFull();
		tabs.add(translate("website.legal.legal-notices"), this.legalNotices);
		tabs.add(translate("website.legal.personal-data"), this.privacy);
		tabs.add(translate("website.legal.accessibility"), this.accessibility);
		add(tabs);
	}

}
