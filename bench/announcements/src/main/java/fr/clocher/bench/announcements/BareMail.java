package fr.clocher.bench.announcements;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import fr.clocher.announcements.service.content.Dates;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * The bare loop's message: what the module's {@code Mails.publication} builds for an
 * alert (package-private there, so written again here step by step: the same text and
 * HTML parts, subject, sender, signed unsubscribe link with HMAC-SHA256, RFC 8058
 * headers, Message-ID naming the publication and the subscriber), on a
 * {@code MimeMessage} of the same {@link JavaMailSender}.
 */
final class BareMail {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	private final String from;

	BareMail(String secret, String from) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.from = from;
	}

	MimeMessage alert(JavaMailSender sender, TenantRef tenant, String base, Alert alert, UUID subscriber, String email)
			throws MessagingException, UnsupportedEncodingException {
		String unsubscribe = base + "/abonnement/desabonner?jeton=" + sign(tenant.id(), subscriber);
		String link = base + "/alertes";
		StringBuilder text = new StringBuilder(alert.title()).append("\n\n");
		if (alert.place() != null) {
			text.append(alert.place()).append("\n");
		}
		text.append("Jusqu'au ").append(Dates.moment(alert.endsAt())).append("\n");
		text.append("\nÀ lire sur le site : ")
			.append(link)
			.append("\n\n-- \nVous recevez ce message parce que vous")
			.append(" êtes abonné aux annonces de ")
			.append(tenant.name())
			.append(". Pour vous désabonner : ")
			.append(unsubscribe)
			.append("\n");
		String id = "<" + alert.id() + "." + subscriber + "@" + URI.create(base).getHost() + ">";
		MimeMessage message = new MimeMessage(sender.createMimeMessage().getSession()) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", id);
			}
		};
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(new InternetAddress(this.from, tenant.name(), "UTF-8"));
		helper.setTo(email);
		helper.setSubject("[" + tenant.name() + "] Alerte : " + alert.title());
		String plain = text.toString();
		helper.setText(plain,
				"<!doctype html><html lang=\"fr\"><body><p>"
						+ HtmlUtils.htmlEscape(plain, "UTF-8").replace("\n\n", "</p><p>").replace("\n", "<br>")
						+ "</p></body></html>");
		message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

	private String sign(UUID tenant, UUID subscriber) {
		String payload = ENCODER
			.encodeToString(("unsubscribe:" + tenant + ":" + subscriber).getBytes(StandardCharsets.UTF_8));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return payload + "." + ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The alert as stored: what the outbox's claim reads. */
	record Alert(UUID id, String title, String place, Instant endsAt) {

	}

}
