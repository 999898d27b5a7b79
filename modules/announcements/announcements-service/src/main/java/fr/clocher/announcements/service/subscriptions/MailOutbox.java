package fr.clocher.announcements.service.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.service.content.DueWork;
import fr.clocher.announcements.service.subscriptions.SubscriberStore.Outgoing;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the outbox: tenant by tenant, each under its own context in a transaction of its
 * own, the mail due now, claimed with {@code for update skip locked} so that two workers
 * (two instances) never send the same row; a row is marked sent in the transaction that
 * sent it, a failure keeps it for a later attempt (a failing mail server delays mail and
 * loses none). Without a mail server configured nothing is sent and the outbox waits.
 */
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	/** The most tenants one run visits; the others, due later, come first next run. */
	static final int TENANTS_PER_RUN = 1000;

	private final TenantDirectory directory;

	private final DueWork due;

	private final TenantWork work;

	private final SubscriberStore store;

	private final Mails mails;

	private final ObjectProvider<JavaMailSender> senders;

	private final Clock clock;

	private final int batch;

	private final Duration retryAfter;

	MailOutbox(TenantDirectory directory, DueWork due, TenantWork work, SubscriberStore store, Mails mails,
			ObjectProvider<JavaMailSender> senders, Clock clock, int batch, Duration retryAfter) {
		this.directory = directory;
		this.due = due;
		this.work = work;
		this.store = store;
		this.mails = mails;
		this.senders = senders;
		this.clock = clock;
		this.batch = batch;
		this.retryAfter = retryAfter;
	}

	/**
	 * One run over the active tenants with mail due ({@link DueWork}), not every tenant:
	 * a tenant's mail due now is sent batch after batch (each batch claimed and marked in
	 * a transaction of its own) until a batch comes back short or a mail fails, so that a
	 * commune's 10,000 subscribers are served in one run, not 200 every few seconds; then
	 * the tenant's mark moves to its next mail due (a retry), or goes.
	 * @return how many mails were sent
	 */
	public int deliver() {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (UUID id : this.due.tenants(DueWork.Work.MAIL, this.clock.instant(), TENANTS_PER_RUN)) {
			TenantRef tenant = this.directory.byId(id).orElseThrow();
			Batch done;
			do {
				done = this.work.inTenant(id, () -> deliver(sender, tenant));
				sent += done.sent();
			}
			while (done.claimed() == this.batch && done.sent() == done.claimed());
			this.work.runInTenant(id, () -> {
				if (this.due.lock(DueWork.Work.MAIL)) {
					this.due.next(DueWork.Work.MAIL, this.store.nextMail());
				}
			});
		}
		return sent;
	}

	private Batch deliver(JavaMailSender sender, TenantRef tenant) {
		Instant now = this.clock.instant();
		List<Outgoing> due = this.store.claim(now, this.batch);
		int sent = 0;
		for (Outgoing mail : due) {
			try {
				sender.send(this.mails.publication(sender, tenant, mail));
				this.store.sent(mail, now);
				sent++;
			}
			catch (MailException ex) {
				log.warn("Mail of {} not sent (attempt {}), kept for a later one: {}", tenant.slug(),
						mail.attempts() + 1, ex.getMessage());
				this.store.failed(mail, now.plus(this.retryAfter), ex.getMessage());
			}
		}
		return new Batch(due.size(), sent);
	}

	/** What one batch claimed, and sent. */
	private record Batch(int claimed, int sent) {
	}

}
