package fr.clocher.directory.service.mail;

import java.io.UnsupportedEncodingException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The directory's mail, plain text in French, from the commune's name: sent once the
 * change it tells of is kept (outside its transaction). A mail that cannot leave is
 * reported to the caller (false) and logged, never retried on its own (see the module's
 * README).
 */
public class DirectoryMail {

	private static final Logger log = LoggerFactory.getLogger(DirectoryMail.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final SiteAddresses addresses;

	private final String from;

	public DirectoryMail(ObjectProvider<JavaMailSender> senders, SiteAddresses addresses, String from) {
		this.senders = senders;
		this.addresses = addresses;
		this.from = from;
	}

	/** The absolute address of a site path of the commune, for a mail. */
	public String link(TenantRef tenant, String sitePath) {
		return this.addresses.canonicalBase(tenant) + sitePath;
	}

	/** Sends; false when no mail server is configured or it refused the mail. */
	public boolean send(TenantRef tenant, String to, String subject, String text) {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured: a directory mail of {} cannot be sent", tenant.slug());
			return false;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(new InternetAddress(this.from, tenant.name(), "UTF-8"));
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
			sender.send(message);
			return true;
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new MailPreparationException("Could not write a directory mail of " + tenant.slug(), ex);
		}
		catch (MailException ex) {
			log.warn("Directory mail of {} not sent: {}", tenant.slug(), ex.getMessage());
			return false;
		}
	}

}
