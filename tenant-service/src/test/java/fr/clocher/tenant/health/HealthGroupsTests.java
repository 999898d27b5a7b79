package fr.clocher.tenant.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-service's health groups as its application.yml declares them: with the database
 * answering, liveness and readiness are UP; with the database pointing at a closed port,
 * readiness is DOWN (the pod leaves its load balancer) while liveness stays UP (a restart
 * would cure nothing).
 */
class HealthGroupsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceHealthContributorAutoConfiguration.class,
				HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
				AvailabilityHealthContributorAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class,
				HealthEndpointAutoConfiguration.class))
		.withInitializer((context) -> {
			try {
				List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yml",
						new ClassPathResource("application.yml"));
				yaml.forEach(context.getEnvironment().getPropertySources()::addLast);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		})
		.withPropertyValues("spring.datasource.username=postgres", "spring.datasource.password=",
				"spring.datasource.hikari.connection-timeout=1000",
				"spring.datasource.hikari.initialization-fail-timeout=-1");

	/** What Spring Boot publishes once an application is started and ready. */
	private static void started(ApplicationContext context) {
		AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void withTheDatabaseAnsweringEveryProbeIsUp() {
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test",
					"spring.datasource.hikari.connection-timeout=15000")
			.run((context) -> {
				started(context);
				HealthEndpoint health = context.getBean(HealthEndpoint.class);
				assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
				assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
			});
	}

	@Test
	void withTheDatabaseUnreachableReadinessIsDownAndLivenessUp() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closed + "/test")
			.run((context) -> {
				started(context);
				HealthEndpoint health = context.getBean(HealthEndpoint.class);
				assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
				assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
			});
	}

}
