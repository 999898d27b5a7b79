package fr.clocher.kernel.secrets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service refuses to start without its secrets, or with a development value outside the
 * development profile, naming the variable to set; it starts with real values, and with
 * development values under the development profile.
 */
class SecretsCheckTests {

	private static final String REQUIRED = "clocher.secrets.required[clocher.auth.client-secret]=CLOCHER_PORTAL_CLIENT_SECRET";

	@Test
	void refusesToStartWithoutTheSecret() {
		assertThatThrownBy(() -> start(null, REQUIRED)).isInstanceOf(MissingSecretsException.class)
			.hasMessageContaining("clocher.auth.client-secret is not set: set CLOCHER_PORTAL_CLIENT_SECRET");
	}

	@Test
	void refusesToStartWithADevelopmentValueOutsideTheDevelopmentProfile() {
		assertThatThrownBy(() -> start(null, REQUIRED, "clocher.auth.client-secret=dev-only-portal"))
			.isInstanceOf(MissingSecretsException.class)
			.hasMessageContaining("clocher.auth.client-secret holds a development value outside the 'dev' profile");
	}

	@Test
	void startsWithADevelopmentValueUnderTheDevelopmentProfile() {
		try (ConfigurableApplicationContext context = start("dev", REQUIRED,
				"clocher.auth.client-secret=dev-only-portal")) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Test
	void startsWithARealSecret() {
		try (ConfigurableApplicationContext context = start(null, REQUIRED,
				"clocher.auth.client-secret=7mM4v0Q_generated")) {
			assertThat(context.getEnvironment().getProperty("clocher.auth.client-secret"))
				.isEqualTo("7mM4v0Q_generated");
		}
	}

	private static ConfigurableApplicationContext start(String profile, String... properties) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
			.properties(properties);
		if (profile != null) {
			builder.profiles(profile);
		}
		return builder.run();
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
