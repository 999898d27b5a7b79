package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.util.JsonSerialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Keycloak of the distribution, in production mode on plain HTTP, with its
 * own data directory and the realm files imported at start. Closing it (or the JVM
 * ending) stops its process and the processes that one started.
 */
public final class KeycloakServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final Process process;

	private final int port;

	private final String baseUrl;

	private final String publicUrl;

	private final String adminUsername;

	private final String adminPassword;

	private final Path instance;

	private final boolean temporary;

	private final Path logFile;

	private final Thread shutdownHook;

	private boolean closed;

	private KeycloakServer(Process process, int port, String publicUrl, KeycloakServerOptions options, Path instance,
			boolean temporary, Path logFile) {
		this.process = process;
		this.port = port;
		this.baseUrl = localUrl(port);
		this.publicUrl = publicUrl;
		this.adminUsername = options.adminUsername();
		this.adminPassword = options.adminPassword();
		this.instance = instance;
		this.temporary = temporary;
		this.logFile = logFile;
		this.shutdownHook = new Thread(this::close, "keycloak-" + port + "-stop");
	}

	/**
	 * Starts Keycloak and waits until it answers.
	 * @param distribution the installation to run (installed first if need be)
	 * @param options how to run it
	 * @return the running server
	 */
	public static KeycloakServer start(KeycloakDistribution distribution, KeycloakServerOptions options) {
		Path home = distribution.install();
		long started = System.nanoTime();
		try {
			boolean temporary = options.instanceDirectory() == null;
			Path instance = temporary ? Files.createTempDirectory("clocher-keycloak-")
					: options.instanceDirectory().toAbsolutePath();
			InstanceHome.prepare(home, instance);
			InstanceHome.replaceImports(instance, options.realmFiles());
			int port = (options.port() != 0) ? options.port() : FreePort.find();
			String publicUrl = (options.publicUrl() != null) ? stripSlash(options.publicUrl()) : localUrl(port);
			Path logFile = (options.logFile() != null) ? options.logFile().toAbsolutePath()
					: instance.resolve("keycloak.log");
			Files.createDirectories(logFile.getParent());
			Process process = KcScript
				.processBuilder(instance, arguments(options, port, publicUrl), environment(options))
				.redirectErrorStream(true)
				.redirectOutput(logFile.toFile())
				.start();
			KeycloakServer server = new KeycloakServer(process, port, publicUrl, options, instance, temporary, logFile);
			Runtime.getRuntime().addShutdownHook(server.shutdownHook);
			try {
				Readiness.await(URI.create(
						server.baseUrl + "/realms/" + readinessRealm(options) + "/.well-known/openid-configuration"),
						process, options.startupTimeout(), logFile);
			}
			catch (RuntimeException ex) {
				server.stop(false);
				throw ex;
			}
			log.info("Keycloak {} started in {} s on {} (public URL {}, log {})", distribution.version(),
					KeycloakDistribution.seconds(started), server.baseUrl, publicUrl, logFile);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Keycloak", ex);
		}
	}

	private static List<String> arguments(KeycloakServerOptions options, int port, String publicUrl) {
		List<String> arguments = new ArrayList<>(List.of("start", "--optimized", "--cache=local", "--http-enabled=true",
				"--http-host=" + options.httpHost(), "--http-port=" + port, "--hostname=" + publicUrl));
		if (!publicUrl.equals(localUrl(port))) {
			arguments.add("--hostname-backchannel-dynamic=true");
			// The public address (the gateway) never publishes the admin console: it is
			// served on Keycloak's own port.
			arguments.add("--hostname-admin=" + localUrl(port));
		}
		if (!options.realmFiles().isEmpty()) {
			arguments.add("--import-realm");
		}
		return arguments;
	}

	private static Map<String, String> environment(KeycloakServerOptions options) {
		Map<String, String> environment = new HashMap<>(options.environment());
		environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUsername());
		environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword());
		return environment;
	}

	private static String readinessRealm(KeycloakServerOptions options) throws IOException {
		if (options.realmFiles().isEmpty()) {
			return "master";
		}
		Map<?, ?> realm = JsonSerialization.readValue(Files.readAllBytes(options.realmFiles().get(0)), Map.class);
		return String.valueOf(realm.get("realm"));
	}

	private static String localUrl(int port) {
		return "http://localhost:" + port + ClocherRealm.RELATIVE_PATH;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * Keycloak's URL on this machine, e.g. {@code http://localhost:8180/auth}: what
	 * services call directly (admin API, token endpoint, keys).
	 * @return the base URL, without a trailing slash
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * The URL browsers use, which tokens are issued under.
	 * @return the public base URL, without a trailing slash
	 */
	public String publicUrl() {
		return this.publicUrl;
	}

	/**
	 * The issuer of a realm's tokens (always under the public URL).
	 * @param realm the realm's name
	 * @return e.g. {@code http://localhost:8080/auth/realms/clocher}
	 */
	public String issuer(String realm) {
		return this.publicUrl + "/realms/" + realm;
	}

	/**
	 * An admin client signed in to the master realm as the bootstrap administrator. Close
	 * it when done.
	 * @return a new client
	 */
	public Keycloak adminClient() {
		return KeycloakBuilder.builder()
			.serverUrl(this.baseUrl)
			.realm("master")
			.clientId("admin-cli")
			.username(this.adminUsername)
			.password(this.adminPassword)
			.build();
	}

	public int port() {
		return this.port;
	}

	public String adminUsername() {
		return this.adminUsername;
	}

	public String adminPassword() {
		return this.adminPassword;
	}

	public Path logFile() {
		return this.logFile;
	}

	public Path instanceDirectory() {
		return this.instance;
	}

	/**
	 * The launch script's process (Keycloak's JVM is its child).
	 * @return its handle
	 */
	public ProcessHandle process() {
		return this.process.toHandle();
	}

	/**
	 * Stops Keycloak and every process it started; deletes a temporary instance
	 * directory.
	 */
	@Override
	public void close() {
		stop(true);
	}

	private synchronized void stop(boolean deleteTemporary) {
		if (this.closed) {
			return;
		}
		this.closed = true;
		ProcessTree.stop(this.process.toHandle(), STOP_GRACE);
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down: this is the hook
		}
		if (deleteTemporary && this.temporary) {
			try {
				KeycloakDistribution.deleteRecursively(this.instance);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}: {}", this.instance, ex.getMessage());
			}
		}
		log.info("Keycloak on port {} stopped", this.port);
	}

}
