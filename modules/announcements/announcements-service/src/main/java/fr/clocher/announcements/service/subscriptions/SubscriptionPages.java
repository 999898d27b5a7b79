package fr.clocher.announcements.service.subscriptions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.samskivert.mustache.Template;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteLink;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteTemplates;

/**
 * The subscription's pages on the commune's site: the form, and the pages a mail's link
 * opens, each asking to confirm with a button (a link only opened, by a mail scanner for
 * instance, changes nothing). The forms post to {@link SubscriptionController}.
 */
class SubscriptionPages implements SitePages {

	static final String SUBSCRIBE = "/abonnement";

	static final String CONFIRM = "/abonnement/confirmer";

	static final String UNSUBSCRIBE = "/abonnement/desabonner";

	private final Subscriptions subscriptions;

	private final Template form;

	private final Template step;

	SubscriptionPages(Subscriptions subscriptions, SiteTemplates templates) {
		this.subscriptions = subscriptions;
		this.form = templates.template("announcements/subscribe");
		this.step = templates.template("announcements/subscription-step");
	}

	@Override
	public String moduleKey() {
		return Announcements.KEY;
	}

	@Override
	public Optional<SiteContent> find(SiteRequest request) {
		String token = request.parameters().get("jeton");
		return switch (request.path()) {
			case SUBSCRIBE -> Optional.of(form(request, null, null));
			case CONFIRM -> Optional
				.of(this.subscriptions.genuine(token, Tokens.CONFIRM) ? step(request, "Confirmer votre abonnement",
						"Confirmez que vous voulez recevoir les annonces de la commune à cette adresse.",
						"Confirmer mon abonnement", CONFIRM, token) : invalid(request));
			case UNSUBSCRIBE -> Optional.of(this.subscriptions.genuine(token, Tokens.UNSUBSCRIBE) ? step(request,
					"Se désabonner", "Vous ne recevrez plus les annonces de la commune et votre adresse sera effacée.",
					"Me désabonner", UNSUBSCRIBE, token) : invalid(request));
			default -> Optional.empty();
		};
	}

	SitePage form(SiteRequest request, String email, String error) {
		Map<String, Object> model = new HashMap<>();
		model.put("action", request.link(SUBSCRIBE));
		model.put("email", email);
		model.put("error", error);
		return SitePage.of("S'abonner par e-mail", "Recevoir les actualités et les alertes de la commune par e-mail.",
				this.form.execute(model));
	}

	SitePage step(SiteRequest request, String heading, String message, String button, String path, String token) {
		Map<String, Object> model = new HashMap<>();
		model.put("heading", heading);
		model.put("message", message);
		model.put("button", button);
		model.put("action", request.link(path));
		model.put("token", token);
		return SitePage.of(heading, null, this.step.execute(model));
	}

	SitePage invalid(SiteRequest request) {
		return step(request, "Lien invalide",
				"Ce lien n'est pas valable pour ce site. Copiez le lien complet du message reçu, ou abonnez-vous à nouveau.",
				null, null, null);
	}

	@Override
	public List<SiteLink> linkable(SiteRequest request) {
		return List.of(SiteLink.to("S'abonner par e-mail", SUBSCRIBE));
	}

}
