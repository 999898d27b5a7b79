package fr.clocher.directory.service.reminders;

import java.util.List;
import java.util.UUID;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.service.mail.DirectoryMail;
import fr.clocher.directory.service.reminders.OwnerReminders.Due;
import fr.clocher.directory.service.submissions.RateLimit;
import fr.clocher.directory.service.submissions.Submissions;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;

/**
 * Goes through the active tenants, one short transaction each under its own context,
 * deletes the proposals never confirmed in time and the rate limit's old posts, marks the
 * entries due for the yearly question, then mails their owners once that is kept. Every
 * few hours ({@code clocher.directory.reminders.every}): 35,000 tenants are a few
 * transactions a second for a moment, most of them finding nothing. A mail that cannot
 * leave is asked again a year later; the entry turns stale meanwhile if nobody confirms
 * it.
 */
public class ReminderSweep {

	private final TenantDirectory directory;

	private final TenantWork work;

	private final ModuleActivations activations;

	private final OwnerReminders reminders;

	private final DirectoryMail mail;

	private final Submissions submissions;

	private final RateLimit limit;

	private final int batch;

	ReminderSweep(TenantDirectory directory, TenantWork work, ModuleActivations activations, OwnerReminders reminders,
			DirectoryMail mail, Submissions submissions, RateLimit limit, int batch) {
		this.directory = directory;
		this.work = work;
		this.activations = activations;
		this.reminders = reminders;
		this.mail = mail;
		this.submissions = submissions;
		this.limit = limit;
		this.batch = batch;
	}

	/** One sweep; how many owners were written to. */
	public int run() {
		int sent = 0;
		for (UUID tenant : this.directory.activeTenantIds()) {
			List<Due> due = this.work.inTenant(tenant, () -> {
				if (!this.activations.isEnabled(Directory.KEY)) {
					return List.of();
				}
				this.submissions.purgeUnconfirmed();
				this.limit.forgetOld();
				return this.reminders.mark(this.batch);
			});
			if (due.isEmpty()) {
				continue;
			}
			TenantRef ref = this.directory.byId(tenant).orElseThrow();
			for (Due entry : due) {
				if (this.mail.send(ref, entry.email(), "Votre fiche « " + entry.name() + " » est-elle à jour ?",
						"Bonjour,\n\nVotre fiche « " + entry.name() + " » figure dans l'annuaire de " + ref.name()
								+ ". Si elle est toujours juste, confirmez-le en un clic :\n"
								+ this.mail.link(ref, OwnerPages.PATH + "?jeton=" + entry.token())
								+ "\n\nSi quelque chose a changé, répondez à la mairie ou proposez une correction"
								+ " depuis le site.\n")) {
					sent++;
				}
			}
		}
		return sent;
	}

}
