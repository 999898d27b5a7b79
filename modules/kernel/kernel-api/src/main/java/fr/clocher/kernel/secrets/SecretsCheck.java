package fr.clocher.kernel.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a service before it starts when a secret it needs is missing, or when it holds a
 * development value while the development profile is off. The secrets it needs are its
 * own ({@code clocher.secrets.required}) and those its modules declare
 * ({@link ModuleSecrets}). Runs once the environment is complete (after the context
 * initializers, so a test's own database counts), before any bean is made.
 */
public class SecretsCheck implements ApplicationListener<ApplicationPreparedEvent> {

	/** Development values start with this, so that they can be recognised anywhere. */
	public static final String DEVELOPMENT_PREFIX = "dev-only-";

	/** The profile under which development values are accepted. */
	public static final String DEVELOPMENT_PROFILE = "dev";

	static final String REQUIRED = "clocher.secrets.required";

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		List<String> problems = problems(event.getApplicationContext().getEnvironment(),
				event.getApplicationContext().getClassLoader());
		if (!problems.isEmpty()) {
			throw new MissingSecretsException(problems);
		}
	}

	static List<String> problems(ConfigurableEnvironment environment, ClassLoader modules) {
		Map<String, String> required = new TreeMap<>(ModuleSecrets.declared(modules));
		required.putAll(
				Binder.get(environment).bind(REQUIRED, Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
		boolean development = environment.acceptsProfiles(Profiles.of(DEVELOPMENT_PROFILE));
		List<String> problems = new ArrayList<>();
		required.forEach((property, variable) -> {
			String value = environment.getProperty(property, "");
			if (value.isBlank()) {
				problems.add(property + " is not set: set " + variable);
			}
			else if (value.startsWith(DEVELOPMENT_PREFIX) && !development) {
				problems.add(property + " holds a development value outside the '" + DEVELOPMENT_PROFILE
						+ "' profile: set " + variable);
			}
		});
		problems.sort(null);
		return problems;
	}

}
