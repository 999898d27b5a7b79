package fr.clocher.gateway.errors;

/**
 * The words of one error answer.
 *
 * @param title the French heading
 * @param message the French explanation
 * @param english the same in English, one line
 */
record ErrorPage(String title, String message, String english) {

	static ErrorPage forStatus(int status) {
		return switch (status) {
			case 400 -> new ErrorPage("Adresse non valide", "L’adresse demandée n’est pas valide.",
					"The address you asked for is not valid.");
			case 403 ->
				new ErrorPage("Accès refusé", "Vous n’avez pas accès à cette page.", "You may not access this page.");
			case 404 -> new ErrorPage("Page introuvable", "La page demandée n’existe pas ou a été déplacée.",
					"The page you asked for does not exist.");
			case 413 -> new ErrorPage("Contenu trop volumineux",
					"Les données envoyées dépassent la taille autorisée. Merci d’envoyer un fichier ou un texte plus petit.",
					"What you sent is larger than allowed: please send something smaller.");
			case 429 -> new ErrorPage("Trop de requêtes",
					"Vous avez envoyé beaucoup de requêtes en peu de temps. Merci de patienter quelques secondes avant de réessayer.",
					"Too many requests: please wait a few seconds and try again.");
			case 503 -> new ErrorPage("Service momentanément indisponible",
					"Le service ne répond pas pour le moment (maintenance ou redémarrage). Merci de réessayer dans quelques instants.",
					"The service is temporarily unavailable. Please try again in a few moments.");
			case 504 -> new ErrorPage("Le service tarde à répondre",
					"Le service met trop de temps à répondre. Merci de réessayer dans quelques instants.",
					"The service took too long to answer. Please try again in a few moments.");
			default -> (status >= 500)
					? new ErrorPage("Erreur inattendue",
							"Une erreur inattendue s’est produite. Merci de réessayer plus tard.",
							"An unexpected error occurred. Please try again later.")
					: new ErrorPage("Requête impossible à traiter", "La requête n’a pas pu être traitée.",
							"The request could not be processed.");
		};
	}

}
