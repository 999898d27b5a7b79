package fr.clocher.directory.service.submissions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import fr.clocher.kernel.tenancy.TenantContext;
import org.altcha.altcha.Altcha;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.function.SingletonSupplier;

/**
 * The proof of work a proposal carries (ALTCHA, protocol v1: the browser finds the number
 * whose SHA-256 with the challenge's salt gives the challenge): challenges signed with
 * the module's key, valid for a few minutes, each accepted once for its tenant (ALTCHA
 * itself would accept a solved challenge again: the used ones are kept until they
 * expire).
 */
class Challenges {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration validity;

	private final long maxNumber;

	private final Supplier<String> key;

	Challenges(JdbcClient jdbc, Clock clock, Duration validity, long maxNumber) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.validity = validity;
		this.maxNumber = maxNumber;
		this.key = SingletonSupplier.of(() -> jdbc.sql("select value from directory_key where name = 'challenge'")
			.query(String.class)
			.single());
	}

	/** A new challenge, as the widget reads it. */
	Map<String, Object> create() {
		try {
			Altcha.ChallengeOptions options = new Altcha.ChallengeOptions().setHmacKey(this.key.get())
				.setMaxNumber(this.maxNumber)
				.setExpires(this.clock.instant().plus(this.validity).getEpochSecond());
			Altcha.Challenge challenge = Altcha.createChallenge(options);
			return Map.of("algorithm", challenge.algorithm, "challenge", challenge.challenge, "maxnumber",
					challenge.maxnumber, "salt", challenge.salt, "signature", challenge.signature);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create a challenge", ex);
		}
	}

	/**
	 * Whether a solution (the widget's base64 payload) is right, unexpired and not used
	 * before for the current tenant; marks it used. Called inside the proposal's
	 * transaction: a proposal refused later leaves its challenge unused.
	 */
	boolean accept(String payload) {
		if (payload == null || payload.isBlank() || payload.length() > 2000) {
			return false;
		}
		String signature;
		try {
			if (!Altcha.verifySolution(payload, this.key.get(), true)) {
				return false;
			}
			String json = new String(java.util.Base64.getDecoder().decode(payload),
					java.nio.charset.StandardCharsets.UTF_8);
			signature = new org.json.JSONObject(json).getString("signature");
		}
		catch (Exception ex) {
			return false;
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from directory_challenge_used where tenant_id = ? and expires_at < ?")
			.params(TenantContext.require(), Timestamp.from(now))
			.update();
		return this.jdbc.sql("""
				insert into directory_challenge_used (tenant_id, signature, expires_at) values (?, ?, ?)
				on conflict do nothing
				""").params(TenantContext.require(), signature, Timestamp.from(now.plus(this.validity))).update() == 1;
	}

}
