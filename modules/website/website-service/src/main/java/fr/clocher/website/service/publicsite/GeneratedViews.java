package fr.clocher.website.service.publicsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.ComplianceStatus;
import fr.clocher.website.api.HostingProvider;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.api.PrivacyFields;
import fr.clocher.website.service.generated.CommuneFacts;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.support.PlainText;

/**
 * The generated pages as residents read them.
 */
final class GeneratedViews {

	static final String LEGAL_NOTICES = GeneratedPages.LEGAL_NOTICES_PATH;

	static final String PRIVACY = GeneratedPages.PRIVACY_PATH;

	static final String ACCESSIBILITY = GeneratedPages.ACCESSIBILITY_PATH;

	private GeneratedViews() {
	}

	static String status(ComplianceStatus status) {
		return switch (status) {
			case FULLY_COMPLIANT -> "totalement conforme";
			case PARTIALLY_COMPLIANT -> "partiellement conforme";
			case NOT_COMPLIANT -> "non conforme";
		};
	}

	static String legalNotices(Views views, LegalNoticesFields fields, HostingProvider host) {
		List<Map<String, String>> sections = new ArrayList<>();
		add(sections, "Éditeur du site", PlainText.toHtml(fields.publisher()));
		add(sections, "Directeur de la publication", PlainText.toHtml(fields.publicationDirector()));
		add(sections, "Hébergement",
				PlainText.toHtml(String.join("\n", host.name(), nonNull(host.address()), nonNull(host.contact()))));
		add(sections, "Crédits", PlainText.toHtml(fields.credits()));
		add(sections, "Informations complémentaires", PlainText.toHtml(fields.additionalInformation()));
		add(sections, "Données personnelles et accessibilité", "<p>Voir les pages <a href=\"" + PRIVACY
				+ "\">Données personnelles</a> et <a href=\"" + ACCESSIBILITY + "\">Accessibilité</a>.</p>");
		return views.sections.execute(Map.of("title", "Mentions légales", "intro", "", "sections", sections));
	}

	static String privacy(Views views, PrivacyFields fields) {
		List<Map<String, String>> sections = new ArrayList<>();
		add(sections, "Responsable du traitement", PlainText.toHtml(fields.controller()));
		add(sections, "Données collectées", PlainText.toHtml(fields.dataCollected()));
		add(sections, "Finalités et base légale", PlainText.toHtml(fields.purposes()));
		add(sections, "Destinataires", PlainText.toHtml(fields.recipients()));
		add(sections, "Durée de conservation", PlainText.toHtml(fields.retention()));
		add(sections, "Vos droits", PlainText.toHtml(fields.rights()));
		add(sections, "Contact", PlainText.toHtml(fields.contact()));
		return views.sections.execute(Map.of("title", "Données personnelles", "intro", "", "sections", sections));
	}

	static String accessibility(Views views, AccessibilityFields fields, CommuneFacts facts, String siteUrl) {
		String intro = "<p>La commune de " + PlainText.escape(facts.name())
				+ " s'engage à rendre son site internet accessible, conformément à l'article 47 de la loi n° 2005-102"
				+ " du 11 février 2005. Cette déclaration d'accessibilité s'applique au site "
				+ PlainText.escape(siteUrl) + ".</p>";
		List<Map<String, String>> sections = new ArrayList<>();
		String conformity = "<p>Ce site est <strong>" + status(fields.complianceStatus())
				+ "</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1"
				+ ((fields.auditDate() == null) ? ", faute d'audit de conformité à ce jour" : "") + ".</p>";
		add(sections, "État de conformité", conformity);
		String results = (fields.auditDate() != null) ? "<p>L'audit de conformité réalisé le "
				+ Views.date(fields.auditDate())
				+ ((fields.auditor() != null) ? " par " + PlainText.escape(fields.auditor()) : "")
				+ ((fields.complianceRate() != null)
						? " révèle que " + fields.complianceRate() + " % des critères du RGAA sont respectés" : "")
				+ ".</p>" : "<p>Aucun audit de conformité n'a encore été réalisé.</p>";
		add(sections, "Résultats des tests", results);
		add(sections, "Contenus non accessibles", PlainText.toHtml(fields.nonCompliances()));
		add(sections, "Dérogations pour charge disproportionnée", PlainText.toHtml(fields.derogations()));
		add(sections, "Établissement de cette déclaration", "<p>Cette déclaration a été établie le "
				+ Views.date(fields.statementDate())
				+ ".</p>\n<p>Technologies utilisées : HTML, CSS. Vérifications automatiques : axe-core dans le navigateur"
				+ " Chromium, sur chaque type de page.</p>");
		add(sections, "Retour d'information et contact", PlainText.toHtml(fields.contact()));
		add(sections, "Voies de recours", PlainText.toHtml(fields.remedies()));
		return views.sections
			.execute(Map.of("title", "Déclaration d'accessibilité", "intro", intro, "sections", sections));
	}

	private static void add(List<Map<String, String>> sections, String heading, String html) {
		if (!html.isBlank()) {
			sections.add(Map.of("heading", heading, "html", html));
		}
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
