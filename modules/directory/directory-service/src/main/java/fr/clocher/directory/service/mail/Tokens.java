package fr.clocher.directory.service.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The tokens of the links the directory mails: 256 random bits, of which only the SHA-256
 * is stored (so a copy of the database opens no link), hence no signing key to configure.
 */
public final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	/** A new token, URL-safe. */
	public static String random() {
		byte[] token = new byte[32];
		RANDOM.nextBytes(token);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	/** What is stored of a token; null for no token or one too long to be ours. */
	public static byte[] hash(String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return null;
		}
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
