package fr.clocher.bench.announcements;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The bare loop's message, built by the module's own code: its {@code Mails} bean's
 * {@code publication(sender, tenant, outgoing)}, the method the outbox calls for each row
 * (package-private, so reached by reflection; a change of its signature fails the
 * benchmark at once rather than letting it measure a copy). The same text and HTML parts,
 * subject, sender, signed unsubscribe link, RFC 8058 headers and Message-ID, on a
 * {@code MimeMessage} of the same {@link JavaMailSender}; only the outbox's reads and
 * writes are left out.
 */
final class BareMail {

	private static final String PACKAGE = "fr.clocher.announcements.service.subscriptions.";

	private final Object mails;

	private final Method publication;

	private final Constructor<?> outgoing;

	BareMail(ApplicationContext context) {
		try {
			Class<?> mailsType = Class.forName(PACKAGE + "Mails");
			Class<?> outgoingType = Class.forName(PACKAGE + "SubscriberStore$Outgoing");
			this.mails = context.getBean(mailsType);
			this.publication = mailsType.getDeclaredMethod("publication", JavaMailSender.class, TenantRef.class,
					outgoingType);
			this.publication.setAccessible(true);
			this.outgoing = outgoingType.getDeclaredConstructor(UUID.class, UUID.class, String.class, String.class,
					String.class, String.class, String.class, String.class, Instant.class, int.class);
			this.outgoing.setAccessible(true);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("The announcements module's mail builder has changed: " + ex, ex);
		}
	}

	MimeMessage publication(JavaMailSender sender, TenantRef tenant, Alert alert, UUID subscriber, String email) {
		try {
			Object mail = this.outgoing.newInstance(alert.id(), subscriber, email, "ALERT", alert.title(),
					alert.summary(), alert.body(), alert.place(), alert.endsAt(), 0);
			return (MimeMessage) this.publication.invoke(this.mails, sender, tenant, mail);
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The alert as stored: what the outbox's claim reads. */
	record Alert(UUID id, String title, String summary, String body, String place, Instant endsAt) {

	}

}
