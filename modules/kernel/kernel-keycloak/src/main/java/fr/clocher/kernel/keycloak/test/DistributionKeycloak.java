package fr.clocher.kernel.keycloak.test;

import java.nio.file.Files;
import java.nio.file.Path;

import fr.clocher.kernel.keycloak.ClocherRealm;
import fr.clocher.kernel.keycloak.KeycloakDistribution;
import fr.clocher.kernel.keycloak.KeycloakServer;
import fr.clocher.kernel.keycloak.KeycloakServerOptions;

/**
 * The test Keycloak from the Maven Central distribution, when no Docker engine runs. Its
 * log goes to {@code target/keycloak-tests.log} of the module under test.
 */
final class DistributionKeycloak {

	private DistributionKeycloak() {
	}

	static RunningKeycloak start(Path realmFile, int smtpPort) {
		KeycloakServerOptions options = KeycloakServerOptions.defaults()
			.withRealmFiles(realmFile)
			.withEnvironment("CLOCHER_SMTP_HOST", "127.0.0.1")
			.withEnvironment("CLOCHER_SMTP_PORT", String.valueOf(smtpPort))
			.withEnvironment(ClocherRealm.PUBLIC_URL_VARIABLE, TestKeycloak.PUBLIC_URL);
		Path target = Path.of("target");
		if (Files.isDirectory(target)) {
			options = options.withLogFile(target.resolve("keycloak-tests.log").toAbsolutePath());
		}
		KeycloakServer server = KeycloakServer.start(KeycloakDistribution.standard(), options);
		return new RunningKeycloak(server.baseUrl(), server.adminUsername(), server.adminPassword(),
				"the Keycloak " + KeycloakDistribution.bundledVersion() + " distribution on port " + server.port()
						+ " (log " + server.logFile() + ")",
				server::close);
	}

}
