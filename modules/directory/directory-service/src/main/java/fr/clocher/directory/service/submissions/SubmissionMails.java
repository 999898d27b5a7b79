package fr.clocher.directory.service.submissions;

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
 * The mail to submitters, plain text, sent once the change is kept (outside its
 * transaction): the confirmation link of their address, and the secretary's decision. A
 * mail that cannot leave is reported to the caller, never retried on its own (see the
 * module's README).
 */
class SubmissionMails {

	private static final Logger log = LoggerFactory.getLogger(SubmissionMails.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final SiteAddresses addresses;

	private final String from;

	SubmissionMails(ObjectProvider<JavaMailSender> senders, SiteAddresses addresses, String from) {
		this.senders = senders;
		this.addresses = addresses;
		this.from = from;
	}

	boolean confirmation(TenantRef tenant, String to, String token) {
		String link = this.addresses.canonicalBase(tenant) + ProposalPages.CONFIRM + "?jeton=" + token;
		return send(tenant, to, "Confirmez votre proposition pour l'annuaire de " + tenant.name(),
				"Bonjour,\n\nVous avez proposé une fiche pour l'annuaire de " + tenant.name()
						+ ". Pour qu'elle soit examinée par la mairie, confirmez votre adresse en ouvrant ce lien :\n"
						+ link + "\n\nSi vous n'avez rien proposé, ignorez ce message : rien ne sera publié.\n"
						+ "Votre adresse n'est jamais publiée.\n");
	}

	boolean approved(TenantRef tenant, String to, String name, String path) {
		return send(tenant, to, "Votre proposition « " + name + " » est publiée",
				"Bonjour,\n\nLa mairie a publié votre proposition « " + name + " » dans l'annuaire de " + tenant.name()
						+ " :\n" + this.addresses.canonicalBase(tenant) + path + "\n\nMerci de votre contribution.\n");
	}

	boolean rejected(TenantRef tenant, String to, String name, String reason) {
		return send(tenant, to, "Votre proposition « " + name + " » n'a pas été retenue",
				"Bonjour,\n\nLa mairie n'a pas retenu votre proposition « " + name + " » pour l'annuaire de "
						+ tenant.name() + ", pour la raison suivante :\n\n" + reason + "\n");
	}

	private boolean send(TenantRef tenant, String to, String subject, String text) {
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
