package fr.clocher.bench.onboarding;

import java.nio.file.Path;
import java.util.List;

import fr.clocher.kernel.keycloak.ClocherRealm;
import fr.clocher.kernel.keycloak.test.InvitationMailbox;
import fr.clocher.kernel.keycloak.test.TestKeycloak;
import fr.clocher.tenant.provisioning.Provisioning;
import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.registry.TenantRegistry;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --keycloak=on}: a fresh database, the tests' Keycloak (the Maven Central
 * distribution, or a container where Docker runs, with the clocher realm; see
 * {@link TestKeycloak}) and a mail catcher on its SMTP port, tenant-service's context
 * provisioning into it, then {@link KeycloakSample}; its summary on the standard output
 * and in the results file ({@code onboarding-keycloak-results.txt} beside the other).
 */
final class KeycloakSampleMain {

	private KeycloakSampleMain() {
	}

	static void run(Path results) throws Exception {
		Path file = results.resolveSibling("onboarding-keycloak-results.txt");
		BenchDatabase database = BenchDatabase.create();
		Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "bench-database-drop"));
		System.err.println("[database] " + database.description());
		System.err.println("[keycloak] starting the tests' Keycloak (a minute or two)");
		String keycloak = TestKeycloak.baseUrl();
		System.err.println("[keycloak] " + keycloak);
		try (InvitationMailbox mail = InvitationMailbox.open()) {
			List<String> properties = List.of("--clocher.keycloak.server-url=" + keycloak,
					"--clocher.keycloak.client-secret=" + TestKeycloak.clientSecret(ClocherRealm.PROVISIONER_CLIENT),
					"--" + BenchProperties.UNUSED_MAIL_SECRET);
			KeycloakSampleResult result;
			try (ConfigurableApplicationContext context = OnboardingBenchmarkMain.start(database, properties)) {
				KeycloakSample sample = new KeycloakSample(context.getBean(ReferenceData.class),
						context.getBean(TenantRegistry.class), context.getBean(Provisioning.class),
						new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
						context.getBean(JdbcClient.class), System.err);
				result = sample.run(KeycloakSample.MIN_MEMBERS);
			}
			String summary = KeycloakSampleReport.format(result, database.description(), "Keycloak at " + keycloak);
			System.out.println();
			System.out.print(summary);
			OnboardingBenchmarkMain.write(file, summary);
			System.err.println("[results] written to " + file.toAbsolutePath());
		}
		finally {
			database.drop();
		}
	}

}
