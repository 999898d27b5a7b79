package fr.clocher.kernel.keycloak.test;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import fr.clocher.kernel.keycloak.ClientSecrets;
import fr.clocher.kernel.keycloak.ClocherRealm;
import fr.clocher.kernel.keycloak.FreePort;

/**
 * The one Keycloak of this JVM's tests, started on first use: a Testcontainers container
 * when Docker runs, else the Maven Central distribution. It imports
 * {@value ClocherRealm#FILE} and adds the test-only public client {@value #TEST_CLIENT},
 * with which {@link #accessToken} gets real tokens shaped like the portal's. Names made
 * by tests must be unique within a run: the realm is shared.
 */
public final class TestKeycloak {

	/** A public client with direct access grants, created for tests only. */
	public static final String TEST_CLIENT = "clocher-test";

	private static final Logger log = LoggerFactory.getLogger(TestKeycloak.class);

	private static RunningKeycloak running;

	private static Keycloak admin;

	private static int smtpPort;

	/** Each test JVM's Keycloak gets client secrets of its own, set after the import. */
	private static final Map<String, String> CLIENT_SECRETS = ClocherRealm.CONFIDENTIAL_CLIENTS.stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), (client) -> ClientSecrets.generate()));

	/**
	 * The platform address the realm's redirect URIs are built from in tests
	 * ({@value ClocherRealm#PUBLIC_URL_VARIABLE}).
	 */
	public static final String PUBLIC_URL = "http://localhost:8080";

	private TestKeycloak() {
	}

	private static synchronized RunningKeycloak running() {
		if (running == null) {
			int port = FreePort.find();
			Path realmFile = ClocherRealm.locateFile();
			RunningKeycloak started = dockerAvailable() ? ContainerKeycloak.start(realmFile, port)
					: DistributionKeycloak.start(realmFile, port);
			log.info("Tests use {}", started.description());
			Keycloak client = Keycloak.getInstance(started.baseUrl(), "master", started.adminUsername(),
					started.adminPassword(), "admin-cli");
			TestClient.ensure(client.realm(ClocherRealm.NAME));
			CLIENT_SECRETS
				.forEach((clientId, secret) -> ClientSecrets.set(client.realm(ClocherRealm.NAME), clientId, secret));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				client.close();
				started.stop().run();
			}, "clocher-test-keycloak-stop"));
			smtpPort = port;
			admin = client;
			running = started;
		}
		return running;
	}

	/**
	 * Keycloak's base URL.
	 * @return e.g. {@code http://localhost:41234/auth}
	 */
	public static String baseUrl() {
		return running().baseUrl();
	}

	/**
	 * The realm's issuer, what a resource server's {@code issuer-uri} is set to.
	 * @return e.g. {@code http://localhost:41234/auth/realms/clocher}
	 */
	public static String issuer() {
		return baseUrl() + "/realms/" + ClocherRealm.NAME;
	}

	/**
	 * The realm's keys, what a resource server's {@code jwk-set-uri} is set to.
	 * @return the JWK set URI
	 */
	public static String jwkSetUri() {
		return issuer() + "/protocol/openid-connect/certs";
	}

	public static String tokenUri() {
		return issuer() + "/protocol/openid-connect/token";
	}

	/**
	 * The port Keycloak sends the realm's mail to, on the loopback interface. Nothing
	 * listens there unless a test starts a mail server (GreenMail) on it.
	 * @return the SMTP port
	 */
	public static int smtpPort() {
		running();
		return smtpPort;
	}

	/**
	 * An admin client signed in as the master realm's admin. Shared: do not close it.
	 * @return the client
	 */
	public static Keycloak adminClient() {
		running();
		return admin;
	}

	/**
	 * The platform's realm, through the master admin.
	 * @return the realm resource
	 */
	public static RealmResource realm() {
		return adminClient().realm(ClocherRealm.NAME);
	}

	/**
	 * The secret this JVM's Keycloak gave a confidential client.
	 * @param clientId one of {@link ClocherRealm#CONFIDENTIAL_CLIENTS}
	 * @return its secret
	 */
	public static String clientSecret(String clientId) {
		running();
		return CLIENT_SECRETS.get(clientId);
	}

	/**
	 * An admin client signed in as {@value ClocherRealm#PROVISIONER_CLIENT} with its
	 * secret, as tenant-service signs in. Close it when done.
	 * @return a new client
	 */
	public static Keycloak provisionerClient() {
		return KeycloakBuilder.builder()
			.serverUrl(baseUrl())
			.realm(ClocherRealm.NAME)
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(ClocherRealm.PROVISIONER_CLIENT)
			.clientSecret(clientSecret(ClocherRealm.PROVISIONER_CLIENT))
			.build();
	}

	/**
	 * Creates an enabled user with a verified e-mail and a password that is not temporary
	 * (the realm asks for 12 characters at least, neither the username nor the e-mail).
	 * @param username the username
	 * @param email the e-mail
	 * @param password the password
	 * @param realmRoles realm roles to grant, e.g. {@value ClocherRealm#SECRETARY}
	 * @return the user's id
	 */
	public static String createUser(String username, String email, String password, String... realmRoles) {
		return fixtures().createUser(username, email, password, realmRoles);
	}

	/**
	 * Creates the organization, unless one with that alias exists.
	 * @param alias its alias (the tenant's slug), which tokens carry
	 * @param name its name
	 * @return its id
	 */
	public static String createOrganization(String alias, String name) {
		return fixtures().createOrganization(alias, name);
	}

	public static void addMember(String organizationAlias, String username) {
		fixtures().addMember(organizationAlias, username);
	}

	/**
	 * A real access token for the user, from the test client, with the scopes the portal
	 * requests ({@code openid organization:*}: every organization of the user in the
	 * {@code organization} claim).
	 * @param username the username
	 * @param password the password
	 * @return the signed JWT
	 */
	public static String accessToken(String username, String password) {
		return PasswordGrant.accessToken(tokenUri(), TEST_CLIENT, username, password);
	}

	/**
	 * The claims of a token (signature not checked).
	 * @param token a JWT
	 * @return its claims
	 */
	public static Map<String, Object> claims(String token) {
		return Jwt.claims(token);
	}

	private static RealmFixtures fixtures() {
		return new RealmFixtures(realm());
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			log.debug("Docker is not available: {}", ex.getMessage());
			return false;
		}
	}

}
