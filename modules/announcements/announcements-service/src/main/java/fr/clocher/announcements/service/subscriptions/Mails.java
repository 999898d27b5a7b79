package fr.clocher.announcements.service.subscriptions;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import fr.clocher.announcements.service.content.Dates;
import fr.clocher.announcements.service.subscriptions.SubscriberStore.Outgoing;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * The subscribers' mail, text and HTML: the confirmation of an address, and a publication
 * with its one-click unsubscribe (a signed link, and the {@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post} headers of RFC 8058). The Message-ID of a publication's
 * mail names the publication and the subscriber, so a mail sent again after a failure is
 * recognisably the same.
 */
class Mails {

	private final SiteAddresses addresses;

	private final Tokens tokens;

	private final String from;

	Mails(SiteAddresses addresses, Tokens tokens, String from) {
		this.addresses = addresses;
		this.tokens = tokens;
		this.from = from;
	}

	MimeMessage confirmation(JavaMailSender sender, TenantRef tenant, UUID subscriber, String email) {
		String link = this.addresses.canonicalBase(tenant) + "/abonnement/confirmer?jeton="
				+ this.tokens.sign(Tokens.CONFIRM, tenant.id(), subscriber);
		String text = "Bonjour,\n\nPour recevoir par e-mail les annonces de " + tenant.name()
				+ ", confirmez votre adresse en ouvrant ce lien :\n" + link
				+ "\n\nSi vous n'avez rien demandé, ignorez ce message : vous ne recevrez rien.\n";
		return message(sender, tenant, email, "Confirmez votre abonnement aux annonces de " + tenant.name(), text, null,
				null);
	}

	MimeMessage publication(JavaMailSender sender, TenantRef tenant, Outgoing mail) {
		String base = this.addresses.canonicalBase(tenant);
		String unsubscribe = base + "/abonnement/desabonner?jeton="
				+ this.tokens.sign(Tokens.UNSUBSCRIBE, tenant.id(), mail.subscriber());
		boolean alert = "ALERT".equals(mail.kind());
		String link = base + (alert ? "/alertes" : "/actualites/" + mail.announcement());
		StringBuilder text = new StringBuilder(mail.title()).append("\n\n");
		if (mail.place() != null) {
			text.append(mail.place()).append("\n");
		}
		if (alert) {
			text.append("Jusqu'au ").append(Dates.moment(mail.endsAt())).append("\n");
		}
		if (mail.summary() != null) {
			text.append(mail.summary()).append("\n");
		}
		text.append("\nÀ lire sur le site : ")
			.append(link)
			.append("\n\n-- \nVous recevez ce message parce que vous")
			.append(" êtes abonné aux annonces de ")
			.append(tenant.name())
			.append(". Pour vous désabonner : ")
			.append(unsubscribe)
			.append("\n");
		String subject = "[" + tenant.name() + "] " + (alert ? "Alerte : " : "") + mail.title();
		String messageId = "<" + mail.announcement() + "." + mail.subscriber() + "@" + host(base) + ">";
		return message(sender, tenant, mail.email(), subject, text.toString(), unsubscribe, messageId);
	}

	private MimeMessage message(JavaMailSender sender, TenantRef tenant, String to, String subject, String text,
			String unsubscribe, String messageId) {
		MimeMessage message = (messageId != null) ? new FixedIdMessage(sender.createMimeMessage(), messageId)
				: sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(new InternetAddress(this.from, tenant.name(), "UTF-8"));
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text,
					"<!doctype html><html lang=\"fr\"><body><p>"
							+ HtmlUtils.htmlEscape(text, "UTF-8").replace("\n\n", "</p><p>").replace("\n", "<br>")
							+ "</p></body></html>");
			if (unsubscribe != null) {
				message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			return message;
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new MailPreparationException("Could not write the mail to " + tenant.slug() + "'s subscriber", ex);
		}
	}

	private static String host(String base) {
		return URI.create(base).getHost();
	}

	/** A message whose Message-ID is chosen, not generated when it is sent. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String id;

		FixedIdMessage(MimeMessage session, String id) {
			super(session.getSession());
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.id);
		}

	}

}
