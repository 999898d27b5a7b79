package fr.clocher.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import fr.clocher.kernel.api.identity.KeycloakClaims;
import fr.clocher.kernel.keycloak.ClocherRealm;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the realm's token issuer, for tests that start services in processes of
 * their own but need no sign-in: it publishes one RSA key at the realm's JWK set address
 * and signs access tokens with the claims Keycloak writes (issuer, audience
 * {@value ClocherRealm#API_AUDIENCE}, realm roles, organizations), so that
 * tenant-service's production security chain checks them as it checks Keycloak's. Far
 * cheaper than a Keycloak when the test is not about Keycloak.
 */
final class LocalIssuer implements AutoCloseable {

	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeyPair keys;

	private final String keyId = UUID.randomUUID().toString();

	private final HttpServer server;

	private LocalIssuer(KeyPair keys, HttpServer server) {
		this.keys = keys;
		this.server = server;
	}

	static LocalIssuer start() throws IOException, GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		LocalIssuer issuer = new LocalIssuer(generator.generateKeyPair(), server);
		server.createContext("/", (exchange) -> {
			byte[] body = issuer.jwkSet().getBytes(StandardCharsets.UTF_8);
			boolean known = exchange.getRequestURI().getPath().equals(issuer.jwkSetPath());
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				if (known) {
					out.write(body);
				}
			}
		});
		server.start();
		return issuer;
	}

	/** What tenant-service's {@code clocher.security.issuer} is set to. */
	String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/realms/" + ClocherRealm.NAME;
	}

	/** What tenant-service's {@code clocher.security.jwk-set-uri} is set to. */
	String jwkSetUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + jwkSetPath();
	}

	/** A platform operator's access token. */
	String operator() {
		return token("operateur@metropole.test", List.of(ClocherRealm.PLATFORM_OPERATOR), List.of());
	}

	/** The access token of a secretary of these communes (organization aliases). */
	String secretaryOf(String... communes) {
		return token("secretaire@mairie.test", List.of("secretary"), List.of(communes));
	}

	private String token(String username, List<String> realmRoles, List<String> organizations) {
		Instant now = Instant.now();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", issuer());
		claims.put("aud", List.of(ClocherRealm.API_AUDIENCE));
		claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
		claims.put("typ", "Bearer");
		claims.put("preferred_username", username);
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.plusSeconds(600).getEpochSecond());
		claims.put(KeycloakClaims.REALM_ACCESS, Map.of(KeycloakClaims.ROLES, realmRoles));
		if (!organizations.isEmpty()) {
			claims.put(KeycloakClaims.ORGANIZATION, organizations);
		}
		String signed = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", this.keyId)) + "." + encode(claims);
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(this.keys.getPrivate());
			signature.update(signed.getBytes(StandardCharsets.US_ASCII));
			return signed + "." + URL.encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign a token", ex);
		}
	}

	private String jwkSetPath() {
		return "/realms/" + ClocherRealm.NAME + "/protocol/openid-connect/certs";
	}

	private String jwkSet() {
		RSAPublicKey key = (RSAPublicKey) this.keys.getPublic();
		return JSON.writeValueAsString(Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid",
				this.keyId, "n", unsigned(key.getModulus()), "e", unsigned(key.getPublicExponent())))));
	}

	private static String unsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		int skip = (bytes.length > 1 && bytes[0] == 0) ? 1 : 0;
		return URL.encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
	}

	private static String encode(Map<String, Object> json) {
		return URL.encodeToString(JSON.writeValueAsBytes(json));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
