package fr.clocher.bench.announcements;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import fr.clocher.announcements.service.subscriptions.MailOutbox;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Measurement 2: one commune's confirmed subscribers, an alert published for them through
 * the API (which fills the outbox in its transaction), the outbox drained by calling the
 * module's worker ({@link MailOutbox#deliver()}) back to back; the reference is a bare
 * loop sending the same messages through the same {@link JavaMailSender} to the same SMTP
 * server, before and after.
 */
final class MailFanOut {

	private final TenantWork work;

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final MailOutbox outbox;

	private final TenantRef tenant;

	private final BareMail bare;

	private final GreenMail smtp;

	private final PrintStream progress;

	MailFanOut(ApplicationContext context, UUID tenant, GreenMail smtp, PrintStream progress) {
		this.work = context.getBean(TenantWork.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.sender = context.getBean(JavaMailSender.class);
		this.outbox = context.getBean(MailOutbox.class);
		this.tenant = context.getBean(TenantDirectory.class).byId(tenant).orElseThrow();
		this.bare = new BareMail(context);
		this.smtp = smtp;
		this.progress = progress;
	}

	/**
	 * Confirmed subscribers to news and alerts, written in the module's table under the
	 * commune's context by the application's role (row-level security applies).
	 */
	void seed(int subscribers) {
		long start = System.nanoTime();
		int rows = this.work.inTenant(this.tenant.id(), () -> this.jdbc.sql("""
				insert into announcement_subscriber (tenant_id, id, email, topics, confirmed_at, created_at)
				select ?, gen_random_uuid(), 'abonne-' || g || '@bench.test', 'BOTH', now(), now()
				from generate_series(1, ?) g
				""").params(this.tenant.id(), subscribers).update());
		this.progress.printf("[mail] %d confirmed subscribers written under %s's context in %.1f s%n", rows,
				this.tenant.slug(), (System.nanoTime() - start) / 1e9);
	}

	Result run(SecretaryApi api, int warmup) throws IOException, InterruptedException {
		UUID id = api.createAlert("Orage violent annonce", "Toute la commune", Instant.now().plus(Duration.ofDays(1)));
		BareMail.Alert alert = this.work.inTenant(this.tenant.id(),
				() -> this.jdbc
					.sql("select title, summary, body, place, ends_at from announcement where tenant_id = ? and id = ?")
					.params(this.tenant.id(), id)
					.query((rs, i) -> new BareMail.Alert(id, rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getTimestamp(5).toInstant()))
					.single());
		List<Subscriber> subscribers = this.work.inTenant(this.tenant.id(), () -> this.jdbc
			.sql("select id, email from announcement_subscriber where tenant_id = ? and confirmed_at is not null")
			.params(this.tenant.id())
			.query((rs, i) -> new Subscriber(rs.getObject(1, UUID.class), rs.getString(2)))
			.list());
		this.progress.println("[mail] warm-up: the bare loop on " + warmup + " subscribers");
		bareLoop(alert, subscribers.subList(0, Math.min(warmup, subscribers.size())));
		purge();

		this.progress.println("[mail] bare loop: " + subscribers.size() + " messages");
		double bareBefore = rate(subscribers.size(), bareLoop(alert, subscribers));
		int bareReceived = received();

		this.progress.println("[mail] publishing the alert through the API (fills the outbox)");
		long publishStart = System.nanoTime();
		api.publish(id);
		long publishNanos = System.nanoTime() - publishStart;
		int pending = this.work.inTenant(this.tenant.id(), () -> this.jdbc.sql(
				"select count(*) from announcement_mail where tenant_id = ? and announcement_id = ? and state = 'PENDING'")
			.params(this.tenant.id(), id)
			.query(Integer.class)
			.single());

		this.progress.println("[mail] outbox: " + pending + " pending, MailOutbox.deliver() back to back");
		long start = System.nanoTime();
		int sent = 0;
		int runs = 0;
		int delivered;
		do {
			delivered = this.outbox.deliver();
			sent += delivered;
			runs++;
		}
		while (delivered > 0);
		long outboxNanos = System.nanoTime() - start;
		double outboxRate = rate(sent, outboxNanos);
		int outboxReceived = received();
		int left = this.work.inTenant(this.tenant.id(), () -> this.jdbc.sql(
				"select count(*) from announcement_mail where tenant_id = ? and announcement_id = ? and state <> 'SENT'")
			.params(this.tenant.id(), id)
			.query(Integer.class)
			.single());

		this.progress.println("[mail] bare loop again: " + subscribers.size() + " messages");
		double bareAfter = rate(subscribers.size(), bareLoop(alert, subscribers));
		int bareAfterReceived = received();
		return new Result(subscribers.size(), bareBefore, bareAfter, outboxRate, sent, runs, left, publishNanos,
				bareReceived, outboxReceived, bareAfterReceived);
	}

	/** Builds and sends each message; returns the nanoseconds taken. */
	private long bareLoop(BareMail.Alert alert, List<Subscriber> subscribers) {
		long start = System.nanoTime();
		for (Subscriber subscriber : subscribers) {
			this.sender
				.send(this.bare.publication(this.sender, this.tenant, alert, subscriber.id(), subscriber.email()));
		}
		return System.nanoTime() - start;
	}

	/** What the SMTP server received since the last call, then forgets it. */
	private int received() {
		int count = this.smtp.getReceivedMessages().length;
		purge();
		return count;
	}

	private void purge() {
		try {
			this.smtp.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double rate(int messages, long nanos) {
		return messages / (nanos / 1e9);
	}

	private record Subscriber(UUID id, String email) {

	}

	/**
	 * @param subscribers confirmed subscribers (messages per run)
	 * @param bareBefore messages/s of the bare loop before the outbox
	 * @param bareAfter messages/s of the bare loop after it
	 * @param outbox messages/s through the outbox
	 * @param outboxSent mails the outbox sent
	 * @param outboxRuns calls of {@code deliver()} (the last one finds nothing)
	 * @param outboxLeft the alert's rows not marked sent afterwards
	 * @param publishNanos the publish request that filled the outbox
	 * @param bareReceived messages the SMTP server received from the first bare loop
	 * @param outboxReceived from the outbox
	 * @param bareAfterReceived from the second bare loop
	 */
	record Result(int subscribers, double bareBefore, double bareAfter, double outbox, int outboxSent, int outboxRuns,
			int outboxLeft, long publishNanos, int bareReceived, int outboxReceived, int bareAfterReceived) {

		/** The faster of the two bare loops: the reference the outbox is held to. */
		double bareBest() {
			return Math.max(this.bareBefore, this.bareAfter);
		}

	}

}
