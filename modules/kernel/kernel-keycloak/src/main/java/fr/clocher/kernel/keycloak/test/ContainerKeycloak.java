package fr.clocher.kernel.keycloak.test;

import java.nio.file.Path;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import org.testcontainers.Testcontainers;
import org.testcontainers.utility.MountableFile;

import fr.clocher.kernel.keycloak.ClocherRealm;
import fr.clocher.kernel.keycloak.KeycloakDistribution;

/**
 * The test Keycloak in a Testcontainers container, when a Docker engine runs: the same
 * version, path and realm file as the distribution. Mail goes to the host's SMTP port.
 */
final class ContainerKeycloak {

	private ContainerKeycloak() {
	}

	static RunningKeycloak start(Path realmFile, int smtpPort) {
		Testcontainers.exposeHostPorts(smtpPort);
		KeycloakContainer container = new KeycloakContainer(
				"quay.io/keycloak/keycloak:" + KeycloakDistribution.bundledVersion())
			.withContextPath(ClocherRealm.RELATIVE_PATH)
			.withCopyFileToContainer(MountableFile.forHostPath(realmFile),
					"/opt/keycloak/data/import/" + realmFile.getFileName())
			.withCustomCommand("--import-realm")
			.withEnv("CLOCHER_SMTP_HOST", "host.testcontainers.internal")
			.withEnv("CLOCHER_SMTP_PORT", String.valueOf(smtpPort))
			.withEnv(ClocherRealm.PUBLIC_URL_VARIABLE, TestKeycloak.PUBLIC_URL);
		container.start();
		String baseUrl = container.getAuthServerUrl().replaceAll("/+$", "");
		return new RunningKeycloak(baseUrl, container.getAdminUsername(), container.getAdminPassword(),
				"Keycloak in a Testcontainers container at " + baseUrl, container::stop);
	}

}
