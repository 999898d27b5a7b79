package fr.clocher.directory.service.reminders;

import java.util.Optional;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.service.site.SiteAnswers;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;

/**
 * The page the yearly mail's link opens: one button confirms the entry (it posts to
 * {@link OwnerController}).
 */
class OwnerPages implements SitePages {

	static final String PATH = "/annuaire/fiche-a-jour";

	private final OwnerReminders reminders;

	private final SiteAnswers answers;

	OwnerPages(OwnerReminders reminders, SiteAnswers answers) {
		this.reminders = reminders;
		this.answers = answers;
	}

	@Override
	public String moduleKey() {
		return Directory.KEY;
	}

	@Override
	public Optional<SiteContent> find(SiteRequest request) {
		if (!PATH.equals(request.path())) {
			return Optional.empty();
		}
		String token = request.parameters().get("jeton");
		return Optional.of(this.reminders.genuine(token) ? this.answers.step(request, "Votre fiche est-elle à jour ?",
				"Si les informations de votre fiche sont toujours justes, confirmez-le.", "Ma fiche est à jour", PATH,
				token) : invalid(request));
	}

	SitePage invalid(SiteRequest request) {
		return this.answers.step(request, "Lien invalide",
				"Ce lien n'est pas ou plus valable : il sert une seule fois. Copiez le lien complet du message reçu.",
				null, null, null);
	}

}
