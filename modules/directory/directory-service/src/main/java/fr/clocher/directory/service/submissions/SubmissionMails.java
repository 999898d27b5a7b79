package fr.clocher.directory.service.submissions;

import fr.clocher.directory.service.mail.DirectoryMail;
import fr.clocher.kernel.tenancy.TenantRef;

/**
 * The mail to submitters: the confirmation link of their address, and the secretary's
 * decision.
 */
class SubmissionMails {

	private final DirectoryMail mail;

	SubmissionMails(DirectoryMail mail) {
		this.mail = mail;
	}

	boolean confirmation(TenantRef tenant, String to, String token) {
		String link = this.mail.link(tenant, ProposalPages.CONFIRM + "?jeton=" + token);
		return this.mail.send(tenant, to, "Confirmez votre proposition pour l'annuaire de " + tenant.name(),
				"Bonjour,\n\nVous avez proposé une fiche pour l'annuaire de " + tenant.name()
						+ ". Pour qu'elle soit examinée par la mairie, confirmez votre adresse en ouvrant ce lien :\n"
						+ link + "\n\nSi vous n'avez rien proposé, ignorez ce message : rien ne sera publié.\n"
						+ "Votre adresse n'est jamais publiée.\n");
	}

	boolean approved(TenantRef tenant, String to, String name, String path) {
		return this.mail.send(tenant, to, "Votre proposition « " + name + " » est publiée",
				"Bonjour,\n\nLa mairie a publié votre proposition « " + name + " » dans l'annuaire de " + tenant.name()
						+ " :\n" + this.mail.link(tenant, path) + "\n\nMerci de votre contribution.\n");
	}

	boolean rejected(TenantRef tenant, String to, String name, String reason) {
		return this.mail.send(tenant, to, "Votre proposition « " + name + " » n'a pas été retenue",
				"Bonjour,\n\nLa mairie n'a pas retenu votre proposition « " + name + " » pour l'annuaire de "
						+ tenant.name() + ", pour la raison suivante :\n\n" + reason + "\n");
	}

}
