package fr.clocher.directory.service.submissions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import fr.clocher.directory.service.mail.Tokens;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many proposals one address may post to one commune's site in a window (sliding),
 * counted before anything else is read: a flood is refused with 429 whatever it holds.
 * Kept in PostgreSQL ({@code directory_proposal_post}, the address as its SHA-256), so
 * that every instance of the service counts the same posts; a transaction-scoped advisory
 * lock on the tenant and the address orders two concurrent posts. A post is counted in
 * its own transaction, kept even when the proposal is then refused.
 */
public class RateLimit {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int max;

	private final Duration window;

	public RateLimit(JdbcClient jdbc, Clock clock, int max, Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.max = max;
		this.window = window;
	}

	/**
	 * Counts a post of the current tenant's form; false when the address has used its
	 * posts in the window.
	 */
	@Transactional
	public boolean allow(String address) {
		UUID tenant = TenantContext.require();
		byte[] hash = Tokens.hash((address == null || address.isEmpty()) ? "-" : address);
		Instant now = this.clock.instant();
		Timestamp since = Timestamp.from(now.minus(this.window));
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 15))")
			.param(tenant + "/" + HexFormat.of().formatHex(hash))
			.query((rs, n) -> 1)
			.list();
		this.jdbc.sql("delete from directory_proposal_post where tenant_id = ? and address_hash = ? and posted_at <= ?")
			.params(tenant, hash, since)
			.update();
		int posted = this.jdbc
			.sql("select count(*) from directory_proposal_post where tenant_id = ? and address_hash = ?")
			.params(tenant, hash)
			.query(Integer.class)
			.single();
		if (posted >= this.max) {
			return false;
		}
		this.jdbc.sql("insert into directory_proposal_post (tenant_id, address_hash, posted_at) values (?, ?, ?)")
			.params(tenant, hash, Timestamp.from(now))
			.update();
		return true;
	}

	/** Forgets the current tenant's posts out of the window; how many. */
	@Transactional
	public int forgetOld() {
		return this.jdbc.sql("delete from directory_proposal_post where tenant_id = ? and posted_at <= ?")
			.params(TenantContext.require(), Timestamp.from(this.clock.instant().minus(this.window)))
			.update();
	}

}
