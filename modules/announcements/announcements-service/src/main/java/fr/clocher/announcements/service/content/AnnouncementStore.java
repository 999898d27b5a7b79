package fr.clocher.announcements.service.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current tenant's announcements, in a tenant table under row-level security. Every
 * statement names the current tenant explicitly; the policies are the guarantee. The
 * public reads ({@link #publicRows}, {@link #publicRow}) name the publishing tenants too:
 * the current one, and the groups it is a member of, whose public rows only the
 * {@code group_public_to_members} policy admits.
 */
public class AnnouncementStore {

	private static final String COLUMNS = "select tenant_id, id, kind, title, summary, body, category, image_id, place,"
			+ " registration_url, all_day, starts_local, ends_local, ends_at, status, publish_at, on_site, created_at,"
			+ " updated_at from announcement a ";

	private static final String NOT_HIDDEN = " and not exists (select 1 from announcement_hidden h"
			+ " where h.tenant_id = ? and h.group_id = a.tenant_id and h.announcement_id = a.id)";

	private final JdbcClient jdbc;

	private final DueWork due;

	AnnouncementStore(JdbcClient jdbc, DueWork due) {
		this.jdbc = jdbc;
		this.due = due;
	}

	public List<StoredAnnouncement> all(Kind kind) {
		return this.jdbc
			.sql(COLUMNS + "where tenant_id = ? and kind = ? order by coalesce(starts_local, "
					+ "publish_at at time zone 'Europe/Paris', created_at at time zone 'Europe/Paris') desc, id")
			.params(TenantContext.require(), kind.name())
			.query(AnnouncementStore::row)
			.list();
	}

	public Optional<StoredAnnouncement> find(Kind kind, UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ? and kind = ?")
			.params(TenantContext.require(), id, kind.name())
			.query(AnnouncementStore::row)
			.optional();
	}

	/** One of the current tenant's announcements, whatever its kind. */
	public Optional<StoredAnnouncement> find(UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query(AnnouncementStore::row)
			.optional();
	}

	/**
	 * The public rows of a kind published by {@code publishers} (the current tenant and
	 * its groups), less the groups' rows the current tenant hides; alerts only until
	 * their end, events only until the end of the day they end, newest (or soonest)
	 * first.
	 */
	public List<StoredAnnouncement> publicRows(Kind kind, List<UUID> publishers, Instant now, int limit, int offset) {
		String order = switch (kind) {
			case EVENT -> "starts_local, id";
			default -> "publish_at desc, id";
		};
		return this.jdbc
			.sql(COLUMNS + "where tenant_id = any(?) and kind = ? and on_site" + current(kind) + NOT_HIDDEN
					+ " order by " + order + " limit ? offset ?")
			.params(publishers.toArray(UUID[]::new), kind.name(), ts(now), TenantContext.require(), limit, offset)
			.query(AnnouncementStore::row)
			.list();
	}

	/** How many public rows {@link #publicRows} would list without a limit. */
	public int countPublic(Kind kind, List<UUID> publishers, Instant now) {
		return this.jdbc
			.sql("select count(*) from announcement a where tenant_id = any(?) and kind = ? and on_site" + current(kind)
					+ NOT_HIDDEN)
			.params(publishers.toArray(UUID[]::new), kind.name(), ts(now), TenantContext.require())
			.query(Integer.class)
			.single();
	}

	/** One public row of {@code publishers}, not hidden, whatever its end. */
	public Optional<StoredAnnouncement> publicRow(Kind kind, UUID id, List<UUID> publishers) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = any(?) and id = ? and kind = ? and on_site" + NOT_HIDDEN)
			.params(publishers.toArray(UUID[]::new), id, kind.name(), TenantContext.require())
			.query(AnnouncementStore::row)
			.optional();
	}

	/** The public rows of the groups, hidden or not: what the secretary may hide. */
	public List<StoredAnnouncement> groupRows(List<UUID> groups) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = any(?) and on_site order by publish_at desc, id")
			.param(groups.toArray(UUID[]::new))
			.query(AnnouncementStore::row)
			.list();
	}

	public List<UUID> hidden() {
		return this.jdbc.sql("select announcement_id from announcement_hidden where tenant_id = ?")
			.param(TenantContext.require())
			.query(UUID.class)
			.list();
	}

	public void hide(UUID group, UUID id, Instant at) {
		this.jdbc.sql("""
				insert into announcement_hidden (tenant_id, group_id, announcement_id, hidden_at) values (?, ?, ?, ?)
				on conflict do nothing
				""").params(TenantContext.require(), group, id, ts(at)).update();
	}

	public void show(UUID group, UUID id) {
		this.jdbc.sql("delete from announcement_hidden where tenant_id = ? and group_id = ? and announcement_id = ?")
			.params(TenantContext.require(), group, id)
			.update();
	}

	private static String current(Kind kind) {
		return switch (kind) {
			case ALERT -> " and ends_at > ?";
			case EVENT -> " and ends_local >= date_trunc('day', (?::timestamptz) at time zone 'Europe/Paris')";
			case NEWS -> " and ?::timestamptz is not null";
		};
	}

	public void insert(UUID id, Kind kind, Content content, Instant at) {
		this.jdbc.sql("""
				insert into announcement (tenant_id, id, kind, title, summary, body, category, image_id, place,
				    registration_url, all_day, starts_local, ends_local, ends_at, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)
				""")
			.params(TenantContext.require(), id, kind.name(), content.title(), content.summary(), content.body(),
					content.category(), content.imageId(), content.place(), content.registrationUrl(), content.allDay(),
					content.startsLocal(), content.endsLocal(), ts(content.endsAt()), ts(at), ts(at))
			.update();
	}

	public void update(UUID id, Content content, Instant at) {
		this.jdbc.sql("""
				update announcement set title = ?, summary = ?, body = ?, category = ?, image_id = ?, place = ?,
				    registration_url = ?, all_day = ?, starts_local = ?, ends_local = ?, ends_at = ?,
				    expiry_done = false, updated_at = ?
				where tenant_id = ? and id = ?
				""")
			.params(content.title(), content.summary(), content.body(), content.category(), content.imageId(),
					content.place(), content.registrationUrl(), content.allDay(), content.startsLocal(),
					content.endsLocal(), ts(content.endsAt()), ts(at), TenantContext.require(), id)
			.update();
	}

	/** Publishes at {@code at}: on the site at once when {@code at} is not after now. */
	public void publish(UUID id, Instant at, Instant now) {
		this.jdbc.sql("""
				update announcement set status = 'PUBLISHED', publish_at = ?, on_site = ?, expiry_done = false,
				    updated_at = ? where tenant_id = ? and id = ?
				""").params(ts(at), !at.isAfter(now), ts(now), TenantContext.require(), id).update();
	}

	public void setStatus(UUID id, String status, Instant now) {
		this.jdbc.sql("""
				update announcement set status = ?, on_site = false, publish_at = case when ? = 'DRAFT' then null
				    else publish_at end, updated_at = ? where tenant_id = ? and id = ?
				""").params(status, status, ts(now), TenantContext.require(), id).update();
	}

	/** Marks whether the current tenant has switched the module off. */
	public void publisherOff(boolean off) {
		this.jdbc.sql("update announcement set publisher_off = ? where tenant_id = ? and publisher_off <> ?")
			.params(off, TenantContext.require(), off)
			.update();
	}

	public void delete(UUID id) {
		this.jdbc.sql("delete from announcement_mail where tenant_id = ? and announcement_id = ?")
			.params(TenantContext.require(), id)
			.update();
		this.jdbc.sql("delete from announcement where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.update();
	}

	/**
	 * Puts on the site the current tenant's publications that have fallen due; each row
	 * changes once, whichever instance updates it first (a second waits for the first's
	 * row lock, then finds the row no longer matches).
	 * @return the ones that appeared
	 */
	public List<UUID> publishDue(Instant now) {
		return this.jdbc.sql("""
				update announcement set on_site = true where tenant_id = ? and status = 'PUBLISHED'
				    and not on_site and publish_at <= ? returning id
				""").params(TenantContext.require(), ts(now)).query(UUID.class).list();
	}

	/**
	 * Puts a publication that is on the site in the current tenant's mail outbox, once
	 * for each of its confirmed subscribers who wants its kind (the outbox key makes a
	 * second call, or a second publication of the same item, add nothing). The publisher
	 * is the current tenant, or a group of it whose public row the policy admits.
	 * @return how many mails were added
	 */
	public int enqueueMail(UUID publisher, UUID id, Instant now) {
		int added = this.jdbc.sql("""
				insert into announcement_mail (tenant_id, announcement_id, publisher_id, subscriber_id, state,
				    next_attempt_at)
				select s.tenant_id, a.id, a.tenant_id, s.id, 'PENDING', ? from announcement a
				join announcement_subscriber s on s.tenant_id = ?
				where a.tenant_id = ? and a.id = ? and a.on_site and s.confirmed_at is not null
				    and (s.topics = 'BOTH' or (s.topics = 'NEWS' and a.kind = 'NEWS')
				         or (s.topics = 'ALERTS' and a.kind = 'ALERT'))
				on conflict do nothing
				""").params(ts(now), TenantContext.require(), publisher, id).update();
		if (added > 0) {
			this.due.due(DueWork.Work.MAIL, now);
		}
		return added;
	}

	/**
	 * When the sweep has something to do next for the current tenant: a publication to
	 * put on the site, or the end of an alert on it.
	 */
	public Optional<Instant> nextSweep() {
		return this.jdbc.sql("""
				select least((select min(publish_at) from announcement where tenant_id = ? and status = 'PUBLISHED'
				                  and not on_site),
				             (select min(ends_at) from announcement where tenant_id = ? and kind = 'ALERT' and on_site
				                  and not expiry_done))
				""")
			.params(TenantContext.require(), TenantContext.require())
			.query((rs, i) -> instant(rs, 1))
			.optional()
			.flatMap(Optional::ofNullable);
	}

	/**
	 * Marks the current tenant's public alerts that have ended, each once.
	 * @return how many ended
	 */
	public int expireEnded(Instant now) {
		return this.jdbc.sql("""
				update announcement set expiry_done = true where tenant_id = ? and kind = 'ALERT' and on_site
				    and not expiry_done and ends_at <= ?
				""").params(TenantContext.require(), ts(now)).update();
	}

	static Timestamp ts(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static LocalDateTime local(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	private static StoredAnnouncement row(ResultSet rs, int i) throws SQLException {
		return new StoredAnnouncement(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
				Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("summary"),
				rs.getString("body"), rs.getString("category"), rs.getObject("image_id", UUID.class),
				rs.getString("place"), rs.getString("registration_url"), rs.getBoolean("all_day"),
				local(rs, "starts_local"), local(rs, "ends_local"), instant(rs, "ends_at"), rs.getString("status"),
				instant(rs, "publish_at"), rs.getBoolean("on_site"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

}
