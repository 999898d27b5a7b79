package fr.clocher.website.ui.legal;

import java.util.Map;

import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.GeneratedPagesApi;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.api.PrivacyFields;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.WebsiteScreen;

import static fr.clocher.website.ui.support.Texts.t;

/**
 * The generated pages, one tab each: legal notices, personal data, accessibility
 * statement.
 */
@Route("website/legal")
@PageTitle("Pages obligatoires")
@ModuleView(Website.KEY)
@PermitAll
public class GeneratedPagesView extends WebsiteScreen {

	final GeneratedForm<LegalNoticesFields> legalNotices;

	final GeneratedForm<PrivacyFields> privacy;

	final GeneratedForm<AccessibilityFields> accessibility;

	public GeneratedPagesView(GeneratedPagesApi generatedPagesApi) {
		super(t("Pages obligatoires", "Required pages"), t("Le site les écrit à partir des données de la commune et "
				+ "les tient à jour. Modifiez un champ pour le remplacer ; videz-le pour revenir au texte généré.",
				"The site writes them from the commune's data and keeps them up to date. Edit a field to replace it; "
						+ "empty it to go back to the generated text."));
		String tenant = tenant();
		this.legalNotices = new GeneratedForm<>(LegalNoticesFields.class,
				Map.of("publisher", t("Éditeur du site", "Publisher"), "publicationDirector",
						t("Directeur de la publication", "Publication director"), "credits",
						t("Crédits (photos, textes)", "Credits (photos, texts)"), "additionalInformation",
						t("Informations complémentaires", "Additional information")),
				() -> generatedPagesApi.legalNotices(tenant),
				(fields) -> generatedPagesApi.updateLegalNotices(tenant, fields),
				() -> generatedPagesApi.resetLegalNotices(tenant));
		this.privacy = new GeneratedForm<>(PrivacyFields.class,
				Map.of("controller", t("Responsable du traitement", "Data controller"), "dataCollected",
						t("Données collectées", "Data collected"), "purposes",
						t("Finalités et base légale", "Purposes and legal basis"), "recipients",
						t("Destinataires", "Recipients"), "retention", t("Durée de conservation", "Retention"),
						"rights", t("Vos droits", "Your rights"), "contact", t("Contact", "Contact")),
				() -> generatedPagesApi.privacy(tenant), (fields) -> generatedPagesApi.updatePrivacy(tenant, fields),
				() -> generatedPagesApi.resetPrivacy(tenant));
		this.accessibility = new GeneratedForm<>(AccessibilityFields.class, Map.of("complianceStatus",
				t("État de conformité", "Compliance status"), "complianceRate",
				t("Taux de critères respectés (%)", "Criteria met (%)"), "auditDate",
				t("Date de l'audit", "Audit date"), "auditor", t("Auditeur", "Auditor"), "nonCompliances",
				t("Contenus non accessibles", "Non-accessible content"), "derogations", t("Dérogations", "Derogations"),
				"contact", t("Retour d'information et contact", "Feedback and contact"), "remedies",
				t("Voies de recours", "Remedies"), "statementDate", t("Date de la déclaration", "Statement date")),
				() -> generatedPagesApi.accessibility(tenant),
				(fields) -> generatedPagesApi.updateAccessibility(tenant, fields),
				() -> generatedPagesApi.resetAccessibility(tenant));
		TabSheet tabs = new TabSheet();
		tabs.setWidthFull();
		tabs.add(t("Mentions légales", "Legal notices"), this.legalNotices);
		tabs.add(t("Données personnelles", "Personal data"), this.privacy);
		tabs.add(t("Accessibilité", "Accessibility"), this.accessibility);
		add(tabs);
	}

}
