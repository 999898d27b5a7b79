package fr.clocher.announcements.service.audience;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.Audience;
import fr.clocher.announcements.api.MailDelivery;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current tenant's reads, one counter per announcement and day, and the audience the
 * secretary sees, under row-level security.
 */
public class ReadCounts {

	private static final String AUDIENCE = """
			select a.id,
			       coalesce((select sum(r.reads) from announcement_read r
			                 where r.tenant_id = a.tenant_id and r.announcement_id = a.id), 0),
			       count(m.subscriber_id) filter (where m.state = 'PENDING'),
			       count(m.subscriber_id) filter (where m.state = 'SENT'),
			       count(m.subscriber_id) filter (where m.state = 'PENDING' and m.attempts > 0)
			from announcement a
			left join announcement_mail m on m.tenant_id = a.tenant_id and m.announcement_id = a.id
			where a.tenant_id = ?
			""";

	private final JdbcClient jdbc;

	ReadCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one read of an announcement of the current tenant, only while it is public
	 * (one statement: another tenant's id, a draft or an unknown id adds nothing).
	 * @return whether it counted
	 */
	boolean count(UUID announcement, LocalDate day) {
		return this.jdbc.sql("""
				insert into announcement_read (tenant_id, announcement_id, day, reads)
				select tenant_id, id, ?, 1 from announcement
				where tenant_id = ? and id = ? and on_site and not publisher_off
				on conflict (tenant_id, announcement_id, day) do update set reads = announcement_read.reads + 1
				""").params(day, TenantContext.require(), announcement).update() > 0;
	}

	List<Audience> all() {
		return this.jdbc.sql(AUDIENCE + " group by a.tenant_id, a.id")
			.param(TenantContext.require())
			.query((rs, i) -> audience(rs))
			.list();
	}

	Audience of(UUID announcement) {
		return this.jdbc.sql(AUDIENCE + " and a.id = ? group by a.tenant_id, a.id")
			.params(TenantContext.require(), announcement)
			.query((rs, i) -> audience(rs))
			.optional()
			.orElseGet(() -> new Audience(announcement, 0, new MailDelivery(0, 0, 0)));
	}

	private static Audience audience(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Audience(rs.getObject(1, UUID.class), rs.getInt(2),
				new MailDelivery(rs.getInt(3), rs.getInt(4), rs.getInt(5)));
	}

}
