package fr.clocher.bench.announcements;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's own token issuer: an RSA key of this run, its public half served as a
 * JWKS on a local port (what tenant-service's {@code clocher.security.jwk-set-uri} points
 * at), and a secretary's access token in the shape the realm issues (the claims of
 * kernel-test-host's {@code TestTokens}, proven against Keycloak by
 * {@code TestTokensShapeTests}), signed with it. No Keycloak is started.
 */
final class BenchIssuer implements AutoCloseable {

	static final String AUDIENCE = "clocher-api";

	private final RSAKey key;

	private final HttpServer server;

	private BenchIssuer(RSAKey key, HttpServer server) {
		this.key = key;
		this.server = server;
	}

	static BenchIssuer start() throws IOException {
		KeyPair pair;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			pair = generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID("bench")
			.algorithm(JWSAlgorithm.RS256)
			.build();
		byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/certs", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(jwks);
			}
		});
		server.start();
		return new BenchIssuer(key, server);
	}

	String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/realms/clocher";
	}

	String jwkSetUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/certs";
	}

	/** A secretary of this commune (realm role {@code secretary}, its organization). */
	String secretaryOf(String slug) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer())
			.audience(List.of(AUDIENCE))
			.subject("5d0b6f4e-2c1a-4f7e-9b3d-6a8e1c2f4b70")
			.claim("typ", "Bearer")
			.claim("preferred_username", "secretaire@" + slug + ".test")
			.claim("realm_access", Map.of("roles", List.of("secretary")))
			.claim("organization", List.of(slug))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(3600)))
			.build();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench").build(), claims);
		try {
			token.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return token.serialize();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
