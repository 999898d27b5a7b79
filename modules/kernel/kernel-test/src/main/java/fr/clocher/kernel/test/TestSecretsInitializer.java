package fr.clocher.kernel.test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.secrets.ModuleSecrets;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each secret an installed module declares, when the test sets none, a value of
 * this test run's own (never a development value), so that a test starts as production
 * does: with every secret set.
 */
public class TestSecretsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> values = new HashMap<>();
		ModuleSecrets.declared(context.getClassLoader()).keySet().forEach((property) -> {
			if (context.getEnvironment().getProperty(property, "").isBlank()) {
				values.put(property, "test-only-" + UUID.randomUUID());
			}
		});
		context.getEnvironment().getPropertySources().addLast(new MapPropertySource("module test secrets", values));
	}

}
