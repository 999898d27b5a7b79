package fr.clocher.announcements.service.subscriptions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens of the subscription links: what for ({@code confirm},
 * {@code unsubscribe}), which tenant, which subscriber, with an HMAC-SHA256 of the
 * module's secret. A forged or altered token, or one of another tenant, is refused; a
 * replayed one names a subscriber already confirmed, or already deleted.
 */
class Tokens {

	static final String CONFIRM = "confirm";

	static final String UNSUBSCRIBE = "unsubscribe";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	Tokens(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String sign(String purpose, UUID tenant, UUID subscriber) {
		String payload = ENCODER
			.encodeToString((purpose + ":" + tenant + ":" + subscriber).getBytes(StandardCharsets.UTF_8));
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	/** The subscriber a genuine token of this purpose and tenant names. */
	Optional<UUID> verify(String token, String purpose, UUID tenant) {
		if (token == null || token.length() > 300) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		String payload = token.substring(0, dot);
		try {
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, mac(payload))) {
				return Optional.empty();
			}
			String[] parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split(":");
			if (parts.length != 3 || !parts[0].equals(purpose) || !parts[1].equals(tenant.toString())) {
				return Optional.empty();
			}
			return Optional.of(UUID.fromString(parts[2]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
