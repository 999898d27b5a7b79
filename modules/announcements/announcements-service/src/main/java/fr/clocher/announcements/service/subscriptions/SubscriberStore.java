package fr.clocher.announcements.service.subscriptions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.announcements.api.MailDelivery;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current tenant's subscribers and mail outbox, under row-level security.
 */
class SubscriberStore {

	private final JdbcClient jdbc;

	SubscriberStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Subscriber> byEmail(String email) {
		return this.jdbc
			.sql("select id, email, topics, confirmed_at is not null from announcement_subscriber"
					+ " where tenant_id = ? and email = ?")
			.params(TenantContext.require(), email)
			.query((rs, i) -> new Subscriber(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getBoolean(4)))
			.optional();
	}

	Optional<Subscriber> byId(UUID id) {
		return this.jdbc
			.sql("select id, email, topics, confirmed_at is not null from announcement_subscriber"
					+ " where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query((rs, i) -> new Subscriber(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getBoolean(4)))
			.optional();
	}

	void insert(UUID id, String email, String topics, Instant at) {
		this.jdbc.sql("""
				insert into announcement_subscriber (tenant_id, id, email, topics, created_at) values (?, ?, ?, ?, ?)
				""").params(TenantContext.require(), id, email, topics, Timestamp.from(at)).update();
	}

	void topics(UUID id, String topics) {
		this.jdbc.sql("update announcement_subscriber set topics = ? where tenant_id = ? and id = ?")
			.params(topics, TenantContext.require(), id)
			.update();
	}

	boolean confirm(UUID id, Instant at) {
		return this.jdbc.sql("""
				update announcement_subscriber set confirmed_at = coalesce(confirmed_at, ?)
				where tenant_id = ? and id = ?
				""").params(Timestamp.from(at), TenantContext.require(), id).update() > 0;
	}

	/** Deletes the subscriber, its address and its mail. */
	boolean delete(UUID id) {
		return this.jdbc.sql("delete from announcement_subscriber where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.update() > 0;
	}

	SubscriptionCounts counts() {
		return this.jdbc.sql("""
				select (select count(*) from announcement_subscriber where tenant_id = ? and confirmed_at is not null),
				       (select count(*) from announcement_subscriber where tenant_id = ? and confirmed_at is null),
				       (select count(*) from announcement_mail m join announcement a on a.tenant_id = m.publisher_id
				            and a.id = m.announcement_id and a.on_site where m.tenant_id = ? and m.state = 'PENDING'),
				       (select count(*) from announcement_mail where tenant_id = ? and state = 'SENT'),
				       (select count(*) from announcement_subscriber where tenant_id = ? and confirmed_at is not null
				            and topics in ('NEWS', 'BOTH')),
				       (select count(*) from announcement_subscriber where tenant_id = ? and confirmed_at is not null
				            and topics in ('ALERTS', 'BOTH'))
				""")
			.params(TenantContext.require(), TenantContext.require(), TenantContext.require(), TenantContext.require(),
					TenantContext.require(), TenantContext.require())
			.query((rs, i) -> new SubscriptionCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6)))
			.single();
	}

	MailDelivery delivery(UUID announcement) {
		return this.jdbc.sql("""
				select count(*) filter (where state = 'PENDING'), count(*) filter (where state = 'SENT'),
				       count(*) filter (where state = 'PENDING' and attempts > 0)
				from announcement_mail where tenant_id = ? and announcement_id = ?
				""")
			.params(TenantContext.require(), announcement)
			.query((rs, i) -> new MailDelivery(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/**
	 * When the current tenant's next mail is due: the earliest pending one of a
	 * publication still on the site (a retry after a failure, or mail just added).
	 */
	Optional<Instant> nextMail() {
		return this.jdbc.sql("""
				select min(m.next_attempt_at) from announcement_mail m
				join announcement a on a.tenant_id = m.publisher_id and a.id = m.announcement_id and a.on_site
				where m.tenant_id = ? and m.state = 'PENDING'
				""")
			.param(TenantContext.require())
			.query((rs, i) -> rs.getTimestamp(1))
			.optional()
			.flatMap(Optional::ofNullable)
			.map(Timestamp::toInstant);
	}

	/**
	 * Claims mail due now, each row locked until this transaction ends and skipped by any
	 * other worker meanwhile.
	 */
	List<Outgoing> claim(Instant now, int limit) {
		return this.jdbc.sql("""
				select m.announcement_id, m.subscriber_id, s.email, a.kind, a.title, a.summary, a.body, a.place,
				       a.ends_at, m.attempts
				from announcement_mail m
				join announcement_subscriber s on s.tenant_id = m.tenant_id and s.id = m.subscriber_id
				join announcement a on a.tenant_id = m.publisher_id and a.id = m.announcement_id and a.on_site
				where m.tenant_id = ? and m.state = 'PENDING' and m.next_attempt_at <= ?
				order by m.next_attempt_at limit ? for update of m skip locked
				""").params(TenantContext.require(), Timestamp.from(now), limit).query((rs, i) -> {
			Timestamp ends = rs.getTimestamp("ends_at");
			return new Outgoing(rs.getObject("announcement_id", UUID.class), rs.getObject("subscriber_id", UUID.class),
					rs.getString("email"), rs.getString("kind"), rs.getString("title"), rs.getString("summary"),
					rs.getString("body"), rs.getString("place"), (ends != null) ? ends.toInstant() : null,
					rs.getInt("attempts"));
		}).list();
	}

	void sent(Outgoing mail, Instant at) {
		this.jdbc.sql("""
				update announcement_mail set state = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null
				where tenant_id = ? and announcement_id = ? and subscriber_id = ?
				""")
			.params(Timestamp.from(at), TenantContext.require(), mail.announcement(), mail.subscriber())
			.update();
	}

	void failed(Outgoing mail, Instant retryAt, String error) {
		this.jdbc.sql("""
				update announcement_mail set attempts = attempts + 1, next_attempt_at = ?, last_error = ?
				where tenant_id = ? and announcement_id = ? and subscriber_id = ?
				""")
			.params(Timestamp.from(retryAt), (error != null && error.length() > 500) ? error.substring(0, 500) : error,
					TenantContext.require(), mail.announcement(), mail.subscriber())
			.update();
	}

	record Subscriber(UUID id, String email, String topics, boolean confirmed) {

	}

	/** A mail to send: whom, about what. */
	record Outgoing(UUID announcement, UUID subscriber, String email, String kind, String title, String summary,
			String body, String place, Instant endsAt, int attempts) {

	}

}
