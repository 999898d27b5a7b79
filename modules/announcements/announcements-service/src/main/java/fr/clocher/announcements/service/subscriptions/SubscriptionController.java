package fr.clocher.announcements.service.subscriptions;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.service.subscriptions.SubscriberStore.Subscriber;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.tenancy.TenantRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The subscription forms' posts on the commune's site (its host, or {@code /c/<slug>}):
 * subscribing (then a confirmation mail), confirming, unsubscribing, also in one click as
 * RFC 8058 has mail clients post {@code List-Unsubscribe=One-Click} to the link of the
 * {@code List-Unsubscribe} header. Answers are pages in the commune's frame.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class SubscriptionController {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionController.class);

	private final Subscriptions subscriptions;

	private final SubscriptionPages pages;

	private final Mails mails;

	private final ObjectProvider<JavaMailSender> senders;

	private final SiteAddresses addresses;

	private final ObjectProvider<SiteRenderer> renderer;

	private final TransactionOperations reads;

	SubscriptionController(Subscriptions subscriptions, SubscriptionPages pages, Mails mails,
			ObjectProvider<JavaMailSender> senders, SiteAddresses addresses, ObjectProvider<SiteRenderer> renderer,
			PlatformTransactionManager transactions) {
		this.subscriptions = subscriptions;
		this.pages = pages;
		this.mails = mails;
		this.senders = senders;
		this.addresses = addresses;
		this.renderer = renderer;
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);
		this.reads = reads;
	}

	@PostMapping(path = { SubscriptionPages.SUBSCRIBE, "/c/{slug}" + SubscriptionPages.SUBSCRIBE },
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> subscribe(HttpServletRequest http,
			@RequestParam(name = "email", required = false) String email,
			@RequestParam(name = "actualites", required = false) String news,
			@RequestParam(name = "alertes", required = false) String alerts) {
		SiteRequest site = site(http, SubscriptionPages.SUBSCRIBE);
		Optional<String> address = Subscriptions.address(email);
		if (address.isEmpty()) {
			return page(HttpStatus.BAD_REQUEST, site, this.pages.form(site, email,
					"Adresse e-mail : saisissez une adresse complète, par exemple prenom.nom@exemple.fr."));
		}
		if (news == null && alerts == null) {
			return page(HttpStatus.BAD_REQUEST, site, this.pages.form(site, email,
					"Je veux recevoir : cochez les actualités, les alertes, ou les deux."));
		}
		String topics = (news != null && alerts != null) ? "BOTH" : (news != null) ? "NEWS" : "ALERTS";
		Optional<Subscriber> toConfirm = this.subscriptions.subscribe(address.get(), topics);
		if (toConfirm.isPresent() && !sendConfirmation(site.tenant(), toConfirm.get())) {
			return page(HttpStatus.SERVICE_UNAVAILABLE, site,
					this.pages.step(site, "Envoi impossible pour le moment",
							"Le message de confirmation n'a pas pu partir. Réessayez dans quelques minutes.", null,
							null, null));
		}
		return page(HttpStatus.OK, site, this.pages.step(site, "Vérifiez votre messagerie",
				"Si cette adresse n'est pas encore abonnée, un message vient de lui être envoyé : ouvrez son lien pour"
						+ " confirmer votre abonnement.",
				null, null, null));
	}

	@PostMapping(path = { SubscriptionPages.CONFIRM, "/c/{slug}" + SubscriptionPages.CONFIRM },
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(HttpServletRequest http,
			@RequestParam(name = "jeton", required = false) String token) {
		SiteRequest site = site(http, SubscriptionPages.CONFIRM);
		if (!this.subscriptions.confirm(token)) {
			return page(HttpStatus.BAD_REQUEST, site, this.pages.invalid(site));
		}
		return page(HttpStatus.OK, site, this.pages.step(site, "Abonnement confirmé",
				"Vous recevrez les prochaines annonces de la commune par e-mail.", null, null, null));
	}

	@PostMapping(path = { SubscriptionPages.UNSUBSCRIBE, "/c/{slug}" + SubscriptionPages.UNSUBSCRIBE },
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> unsubscribe(HttpServletRequest http,
			@RequestParam(name = "jeton", required = false) String token) {
		SiteRequest site = site(http, SubscriptionPages.UNSUBSCRIBE);
		if (!this.subscriptions.unsubscribe(token)) {
			return page(HttpStatus.BAD_REQUEST, site, this.pages.invalid(site));
		}
		return page(HttpStatus.OK, site, this.pages.step(site, "Vous êtes désabonné",
				"Vous ne recevrez plus les annonces de la commune ; votre adresse a été effacée.", null, null, null));
	}

	private boolean sendConfirmation(TenantRef tenant, Subscriber subscriber) {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured: the confirmation for {} cannot be sent", tenant.slug());
			return false;
		}
		try {
			sender.send(this.mails.confirmation(sender, tenant, subscriber.id(), subscriber.email()));
			return true;
		}
		catch (MailException ex) {
			log.warn("Confirmation mail of {} not sent: {}", tenant.slug(), ex.getMessage());
			return false;
		}
	}

	private SiteRequest site(HttpServletRequest http, String path) {
		TenantRef tenant = TenantRef.of(http)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No commune's site here"));
		String uri = http.getRequestURI();
		String base = uri.startsWith("/c/") ? uri.substring(0, uri.length() - path.length()) : "";
		return new SiteRequest(tenant, path, base, this.addresses.canonicalBase(tenant), Map.of());
	}

	private ResponseEntity<String> page(HttpStatus status, SiteRequest site, SitePage page) {
		SiteRenderer renderer = this.renderer.getIfAvailable();
		String html = (renderer != null) ? this.reads.execute((tx) -> renderer.render(site, page)) : page.bodyHtml();
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

}
