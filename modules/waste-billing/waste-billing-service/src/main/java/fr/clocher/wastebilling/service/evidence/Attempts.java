package fr.clocher.wastebilling.service.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts lookups per client and per payer reference in fixed windows, in the current
 * tenant's table: one upsert each, atomic in PostgreSQL, so two instances count together.
 * Every attempt counts, found or not: a limit reached refuses the right pair too, until
 * the window ends.
 */
class Attempts {

	private final JdbcClient jdbc;

	private final EvidenceProperties properties;

	Attempts(JdbcClient jdbc, EvidenceProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Counts one attempt of the client for the reference; whether both are still within
	 * their limits.
	 */
	Verdict count(ClientAddress client, String reference, Instant now) {
		Instant window = windowStart(now);
		UUID tenant = TenantContext.require();
		this.jdbc.sql("delete from waste_evidence_attempt where tenant_id = ? and window_start < ?")
			.params(tenant, Timestamp.from(window))
			.update();
		int byAddress = increment(tenant, "ADDRESS", client.counted(), window);
		int byReference = increment(tenant, "REFERENCE", reference, window);
		boolean allowed = byAddress <= this.properties.perAddress() && byReference <= this.properties.perReference();
		return new Verdict(allowed, Duration.between(now, window.plus(this.properties.window())));
	}

	private int increment(UUID tenant, String kind, String key, Instant window) {
		return this.jdbc.sql("""
				insert into waste_evidence_attempt (tenant_id, kind, key_hash, window_start, attempts)
				values (?, ?, ?, ?, 1)
				on conflict (tenant_id, kind, key_hash, window_start)
				do update set attempts = waste_evidence_attempt.attempts + 1
				returning attempts
				""").params(tenant, kind, sha256(key), Timestamp.from(window)).query(Integer.class).single();
	}

	private Instant windowStart(Instant now) {
		long length = this.properties.window().toMillis();
		return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether the attempt may go on, and when the window ends.
	 */
	record Verdict(boolean allowed, Duration retryAfter) {

	}

}
