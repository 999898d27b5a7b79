package fr.clocher.website.service.generated;

import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.ComplianceStatus;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.api.PrivacyFields;

/**
 * The generated text of every field, in French, from the commune's facts.
 */
final class DefaultTexts {

	private DefaultTexts() {
	}

	static LegalNoticesFields legalNotices(CommuneFacts facts) {
		String publisher = "Commune de " + facts.name() + "\nCode officiel géographique (INSEE) : "
				+ facts.officialCode() + "\n" + facts.contactLines().replaceFirst("^Mairie de [^\n]*\n?", "");
		String director = (facts.mayorName() != null) ? facts.mayorName() + ", maire de " + facts.name()
				: "Le maire de " + facts.name();
		return new LegalNoticesFields(publisher.strip(), director,
				"Textes et photographies : commune de " + facts.name() + ", sauf mention contraire.", null);
	}

	static PrivacyFields privacy(CommuneFacts facts) {
		String mayor = (facts.mayorName() != null) ? facts.mayorName() + ", son maire" : "son maire";
		return new PrivacyFields(
				"La commune de " + facts.name() + ", représentée par " + mayor
						+ ", est responsable des traitements de données personnelles liés à ce site.",
				"Ce site ne dépose aucun cookie de suivi ni de mesure d'audience et n'utilise aucun service tiers."
						+ "\n\nPour sa sécurité, le serveur tient un journal technique des connexions (adresse IP, date,"
						+ " page demandée). Lorsque vous écrivez à la mairie ou utilisez un service en ligne de la"
						+ " commune, les informations que vous donnez (nom, coordonnées, contenu de la demande) sont"
						+ " enregistrées.",
				"Ces données servent uniquement à répondre à vos demandes, à rendre les services municipaux et à"
						+ " assurer la sécurité du site. Base légale : l'exécution des missions d'intérêt public de la"
						+ " commune (article 6, paragraphe 1, point e du RGPD).",
				"Les agents et les élus de la commune chargés de votre demande. " + facts.host().name()
						+ ", qui héberge le site, agit comme sous-traitant de la commune et n'utilise pas ces données"
						+ " pour son propre compte. Aucune donnée n'est vendue ni transférée hors de l'Union européenne.",
				"Journal technique des connexions : un an au plus. Demandes adressées à la mairie : le temps de"
						+ " leur traitement, puis selon les règles d'archivage des collectivités territoriales.",
				"Vous pouvez accéder aux données qui vous concernent, les faire rectifier ou effacer, vous opposer"
						+ " à leur traitement ou en demander la limitation (articles 15 à 21 du RGPD)."
						+ "\n\nSi vous estimez, après avoir contacté la mairie, que vos droits ne sont pas respectés,"
						+ " vous pouvez adresser une réclamation à la CNIL (www.cnil.fr).",
				"Pour exercer vos droits ou pour toute question sur vos données, écrivez à la mairie :\n"
						+ facts.contactLines());
	}

	static AccessibilityFields accessibility(CommuneFacts facts) {
		return new AccessibilityFields(ComplianceStatus.NOT_COMPLIANT, null, null, null,
				"Le site n'a pas encore fait l'objet d'un audit de conformité au RGAA. Il est conçu pour être"
						+ " accessible (structure des pages, contrastes vérifiés, navigation au clavier, texte"
						+ " alternatif obligatoire pour chaque image) et vérifié automatiquement à chaque version."
						+ "\n\nLes documents à télécharger (comptes rendus en PDF notamment) peuvent ne pas être"
						+ " accessibles.",
				"Aucune.",
				"Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez la mairie pour être"
						+ " orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :\n"
						+ facts.contactLines(),
				"Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à une"
						+ " fonctionnalité du site, que vous nous le signalez et que vous n'obtenez pas de réponse"
						+ " rapide, vous pouvez faire parvenir vos doléances ou une demande de saisine au Défenseur"
						+ " des droits :\n"
						+ "- écrire un message au Défenseur des droits (formulaire sur www.defenseurdesdroits.fr) ;\n"
						+ "- contacter le délégué du Défenseur des droits dans votre région ;\n"
						+ "- envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des"
						+ " droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
				facts.onlineSince());
	}

}
