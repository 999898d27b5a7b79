package fr.clocher.directory.service.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.service.mail.Tokens;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly question to an entry's owner (its public e-mail): is it still right? A
 * published entry with an e-mail, unconfirmed for a year and not asked for a year, gets a
 * one-click link; following it confirms the entry. An entry nobody confirms for 18 months
 * is stale for the secretary ({@code Entry.stale}, the dashboard card).
 */
class OwnerReminders {

	private final JdbcClient jdbc;

	private final ChangeLog log;

	private final SiteVersions versions;

	private final Clock clock;

	OwnerReminders(JdbcClient jdbc, ChangeLog log, SiteVersions versions, Clock clock) {
		this.jdbc = jdbc;
		this.log = log;
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * Marks the current tenant's entries due for the question (at most {@code batch}),
	 * each with a new link's token; the mail leaves once this is kept.
	 */
	@Transactional
	public List<Due> mark(int batch) {
		Instant now = this.clock.instant();
		Timestamp yearAgo = Timestamp.from(now.atOffset(ZoneOffset.UTC).minusYears(1).toInstant());
		List<Due> due = new ArrayList<>();
		this.jdbc.sql("""
				select id, name, email from directory_entry
				where tenant_id = ? and status = 'PUBLISHED' and email is not null and last_confirmed_at < ?
				  and (reminded_at is null or reminded_at < ?)
				order by last_confirmed_at, id limit ? for update skip locked
				""").params(TenantContext.require(), yearAgo, yearAgo, batch).query((rs) -> {
			due.add(new Due(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
					Tokens.random()));
		});
		for (Due entry : due) {
			this.jdbc
				.sql("update directory_entry set reminded_at = ?, owner_token_hash = ? where tenant_id = ?"
						+ " and id = ?")
				.params(Timestamp.from(now), Tokens.hash(entry.token()), TenantContext.require(), entry.id())
				.update();
		}
		return due;
	}

	/** Whether the token is one of a pending question of the current tenant. */
	@Transactional(readOnly = true)
	public boolean genuine(String token) {
		byte[] hash = Tokens.hash(token);
		return hash != null
				&& this.jdbc.sql("select count(*) from directory_entry where tenant_id = ? and owner_token_hash = ?")
					.params(TenantContext.require(), hash)
					.query(Integer.class)
					.single() == 1;
	}

	/** The owner's answer: the entry is current (its page shows the new date). */
	@Transactional
	public boolean confirm(String token) {
		byte[] hash = Tokens.hash(token);
		if (hash == null) {
			return false;
		}
		List<String> names = this.jdbc.sql("""
				update directory_entry set last_confirmed_at = ?, owner_token_hash = null
				where tenant_id = ? and owner_token_hash = ? returning name
				""")
			.params(Timestamp.from(this.clock.instant()), TenantContext.require(), hash)
			.query(String.class)
			.list();
		if (names.isEmpty()) {
			return false;
		}
		this.log.record(Directory.KEY,
				LocalizedText
					.of("Fiche « %s » : confirmée à jour par son responsable",
							"Entry '%s': confirmed current by its owner")
					.formatted(names.getFirst()));
		this.versions.touch();
		return true;
	}

	/**
	 * An entry whose owner is asked.
	 *
	 * @param id the entry
	 * @param name its name
	 * @param email its owner's address
	 * @param token the link's token
	 */
	record Due(UUID id, String name, String email, String token) {

	}

}
