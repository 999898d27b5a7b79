package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.keycloak.admin.client.Keycloak;

/**
 * The development platform's Keycloak, for the launcher: listens on 127.0.0.1:8180 under
 * {@code /auth}, is reached by browsers through the gateway
 * ({@code http://localhost:8080/auth}), imports the realm file on its first start and
 * keeps its data in {@code .clocher/keycloak} of the repository, so that it stays in step
 * with the database tenant-service keeps between runs. Its administrator's password and
 * the clients' secrets are those of {@code .clocher/secrets.properties}
 * ({@link DevSecrets}, generated on the first start). Runs until the JVM is stopped.
 * <p>
 * Environment: {@code CLOCHER_KEYCLOAK_PORT} (8180), {@code CLOCHER_KEYCLOAK_PUBLIC_URL}
 * ({@code http://localhost:8080/auth}), {@code CLOCHER_KEYCLOAK_FRESH=true} to start from
 * an empty database (the realm file is imported again), and the realm's own placeholders
 * ({@code CLOCHER_SMTP_HOST}, {@code CLOCHER_SMTP_PORT}...), passed through.
 */
public final class DevKeycloak {

	private DevKeycloak() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Map<String, String> env = System.getenv();
		Path realmFile = ClocherRealm.locateFile();
		Path root = realmFile.getParent().getParent().getParent();
		Path state = root.resolve(".clocher");
		Path instance = state.resolve("keycloak");
		if (Boolean.parseBoolean(env.getOrDefault("CLOCHER_KEYCLOAK_FRESH", "false"))) {
			KeycloakDistribution.deleteRecursively(instance);
		}
		DevSecrets secrets = DevSecrets.prepare(state, instance);
		String publicUrl = env.getOrDefault("CLOCHER_KEYCLOAK_PUBLIC_URL", "http://localhost:8080/auth");
		KeycloakServerOptions options = KeycloakServerOptions.defaults()
			.withPort(Integer.parseInt(env.getOrDefault("CLOCHER_KEYCLOAK_PORT", "8180")))
			.withPublicUrl(publicUrl)
			.withAdmin("admin", secrets.keycloakAdminPassword())
			.withEnvironment(ClocherRealm.PUBLIC_URL_VARIABLE, publicUrl.replaceAll("/auth$", ""))
			.withRealmFiles(realmFile)
			.withInstanceDirectory(instance)
			.withLogFile(state.resolve("logs/keycloak.log"));
		KeycloakServer server = KeycloakServer.start(KeycloakDistribution.standard(), options);
		try (Keycloak admin = server.adminClient()) {
			secrets.applyClientSecrets(admin.realm(ClocherRealm.NAME));
		}
		System.out.println("Keycloak is running: " + server.baseUrl() + " (browsers: " + server.publicUrl()
				+ "), issuer " + server.issuer(ClocherRealm.NAME) + ", admin console http://127.0.0.1:" + server.port()
				+ "/auth/admin (" + server.adminUsername() + " / " + server.adminPassword() + "); client secrets in "
				+ secrets.file());
		server.process().onExit().join();
	}

}
