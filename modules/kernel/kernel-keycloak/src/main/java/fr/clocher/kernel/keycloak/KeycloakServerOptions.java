package fr.clocher.kernel.keycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start one Keycloak instance. Start from {@link #defaults()} and change what
 * differs.
 *
 * @param port the HTTP port, {@code 0} for a free one
 * @param httpHost the interface to listen on (loopback by default)
 * @param publicUrl the URL browsers reach Keycloak at, with {@code /auth} (for instance
 * the gateway's {@code http://localhost:8080/auth}); {@code null} for
 * {@code http://localhost:<port>/auth}. When it differs from that, back-channel URLs are
 * resolved from the request, so services may call Keycloak directly.
 * @param realmFiles realm files imported at start (skipped for realms that exist already)
 * @param adminUsername the bootstrap admin of the master realm
 * @param adminPassword its password (random unless given: a well-known one would open the
 * master realm to anyone who reaches Keycloak)
 * @param instanceDirectory this instance's home (H2 database and all); {@code null} for a
 * temporary directory deleted when the server is closed
 * @param logFile where Keycloak's output goes; {@code null} for {@code keycloak.log} in
 * the instance directory
 * @param environment extra environment variables (realm placeholders such as
 * {@code CLOCHER_SMTP_PORT})
 * @param startupTimeout how long to wait for the first realm to answer
 */
public record KeycloakServerOptions(int port, String httpHost, String publicUrl, List<Path> realmFiles,
		String adminUsername, String adminPassword, Path instanceDirectory, Path logFile,
		Map<String, String> environment, Duration startupTimeout) {

	public KeycloakServerOptions {
		realmFiles = List.copyOf(realmFiles);
		environment = Map.copyOf(environment);
	}

	public static KeycloakServerOptions defaults() {
		return new KeycloakServerOptions(0, "127.0.0.1", null, List.of(), "admin", ClientSecrets.generate(), null, null,
				Map.of(), Duration.ofMinutes(5));
	}

	public KeycloakServerOptions withPort(int port) {
		return new KeycloakServerOptions(port, this.httpHost, this.publicUrl, this.realmFiles, this.adminUsername,
				this.adminPassword, this.instanceDirectory, this.logFile, this.environment, this.startupTimeout);
	}

	public KeycloakServerOptions withPublicUrl(String publicUrl) {
		return new KeycloakServerOptions(this.port, this.httpHost, publicUrl, this.realmFiles, this.adminUsername,
				this.adminPassword, this.instanceDirectory, this.logFile, this.environment, this.startupTimeout);
	}

	public KeycloakServerOptions withRealmFiles(Path... realmFiles) {
		return new KeycloakServerOptions(this.port, this.httpHost, this.publicUrl, List.of(realmFiles),
				this.adminUsername, this.adminPassword, this.instanceDirectory, this.logFile, this.environment,
				this.startupTimeout);
	}

	public KeycloakServerOptions withAdmin(String username, String password) {
		return new KeycloakServerOptions(this.port, this.httpHost, this.publicUrl, this.realmFiles, username, password,
				this.instanceDirectory, this.logFile, this.environment, this.startupTimeout);
	}

	public KeycloakServerOptions withInstanceDirectory(Path instanceDirectory) {
		return new KeycloakServerOptions(this.port, this.httpHost, this.publicUrl, this.realmFiles, this.adminUsername,
				this.adminPassword, instanceDirectory, this.logFile, this.environment, this.startupTimeout);
	}

	public KeycloakServerOptions withLogFile(Path logFile) {
		return new KeycloakServerOptions(this.port, this.httpHost, this.publicUrl, this.realmFiles, this.adminUsername,
				this.adminPassword, this.instanceDirectory, logFile, this.environment, this.startupTimeout);
	}

	public KeycloakServerOptions withEnvironment(String name, String value) {
		Map<String, String> more = new HashMap<>(this.environment);
		more.put(name, value);
		return new KeycloakServerOptions(this.port, this.httpHost, this.publicUrl, this.realmFiles, this.adminUsername,
				this.adminPassword, this.instanceDirectory, this.logFile, more, this.startupTimeout);
	}

	public KeycloakServerOptions withStartupTimeout(Duration startupTimeout) {
		return new KeycloakServerOptions(this.port, this.httpHost, this.publicUrl, this.realmFiles, this.adminUsername,
				this.adminPassword, this.instanceDirectory, this.logFile, this.environment, startupTimeout);
	}

}
