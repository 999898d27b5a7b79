package fr.clocher.kernel.test;

import java.util.Map;

import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a Spring test context its own database: the services connect as the application
 * role, Flyway as the owner, exactly as in production.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		DatabaseSpec spec = TestPostgres.newDatabase();
		PostgresServer server = TestPostgres.server();
		String url = server.jdbcUrl(spec.database());
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("clocherTestDatabase",
					Map.of("spring.datasource.url", url, "spring.datasource.username", spec.appRole(),
							"spring.datasource.password", spec.appPassword(), "spring.flyway.url", url,
							"spring.flyway.user", spec.ownerRole(), "spring.flyway.password", spec.ownerPassword(),
							"clocher.database.app-role", spec.appRole(), "clocher.test.database.owner-role",
							spec.ownerRole())));
	}

}
