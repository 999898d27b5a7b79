package fr.clocher.tenant.database;

import java.util.Map;

import fr.clocher.kernel.database.DatabaseBootstrap;
import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;
import fr.clocher.kernel.database.PostgresServers;
import fr.clocher.kernel.secrets.SecretsCheck;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code CLOCHER_DB_URL} names the database for both the services and the migrations.
 * Under the {@code dev} profile, when no database URL is configured and
 * {@code clocher.database.provision} is not {@code false}, prepares database
 * {@code clocher} with the development roles on the local PostgreSQL (127.0.0.1:5432) or,
 * if none answers, on an embedded one started for the life of the process
 * ({@code clocher.database.server=embedded} skips the local server). Production always
 * names its database.
 */
public class LocalDatabaseProvisioning implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String named = environment.getProperty("CLOCHER_DB_URL");
		if (named != null && !named.isBlank()) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("clocherNamedDatabase",
						Map.of("spring.datasource.url", named, "spring.flyway.url", named)));
			return;
		}
		if (environment.containsProperty("spring.datasource.url")
				|| !environment.getProperty("clocher.database.provision", Boolean.class, true)
				|| !environment.matchesProfiles(SecretsCheck.DEVELOPMENT_PROFILE)) {
			return;
		}
		DatabaseSpec defaults = DatabaseSpec.development();
		DatabaseSpec spec = new DatabaseSpec(defaults.database(),
				environment.getProperty("spring.flyway.user", defaults.ownerRole()),
				environment.getProperty("spring.flyway.password", defaults.ownerPassword()),
				environment.getProperty("clocher.database.app-role", defaults.appRole()),
				environment.getProperty("spring.datasource.password", defaults.appPassword()));
		PostgresServer server = "embedded".equals(environment.getProperty("clocher.database.server", "auto"))
				? PostgresServers.embedded() : PostgresServers.localOrEmbedded();
		try {
			DatabaseBootstrap.ensure(server, spec);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not prepare the database on " + server.description(), ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "clocher-database-stop"));
		String url = server.jdbcUrl(spec.database());
		environment.getPropertySources()
			.addFirst(new MapPropertySource("clocherLocalDatabase",
					Map.of("spring.datasource.url", url, "spring.datasource.username", spec.appRole(),
							"spring.datasource.password", spec.appPassword(), "spring.flyway.url", url,
							"spring.flyway.user", spec.ownerRole(), "spring.flyway.password", spec.ownerPassword(),
							"clocher.database.provisioned-on", server.description())));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
