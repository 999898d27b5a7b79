package fr.clocher.kernel.keycloak.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import org.keycloak.util.JsonSerialization;

/**
 * Reads the claims of a JWT without checking its signature: for asserting on tokens a
 * test obtained itself.
 */
public final class Jwt {

	private Jwt() {
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> claims(String token) {
		String[] parts = token.split("\\.");
		if (parts.length < 2) {
			throw new IllegalArgumentException("Not a JWT");
		}
		try {
			return JsonSerialization.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unreadable JWT payload", ex);
		}
	}

}
