package fr.clocher.bench.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.clocher.tenant.TenantServiceApplication;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command: a fresh database, tenant-service's context on it with the benchmark's
 * notice module installed, the benchmark, its summary on the standard output and in
 * {@code --results=FILE} (default {@code target/onboarding-results.txt}), and the
 * database dropped. Other arguments are {@link BenchSettings#parse settings}.
 */
public final class OnboardingBenchmarkMain {

	private static final String RESULTS = "--results=";

	private static final String KEYCLOAK = "--keycloak=";

	private OnboardingBenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		String named = System.getenv("CLOCHER_DB_URL");
		if (named != null && !named.isBlank()) {
			throw new IllegalStateException("CLOCHER_DB_URL is set: the benchmark makes its own database, unset it");
		}
		Path results = Path.of("target", "onboarding-results.txt");
		List<String> settingArgs = new ArrayList<>();
		boolean keycloak = false;
		for (String arg : args) {
			if (arg.startsWith(RESULTS)) {
				results = Path.of(arg.substring(RESULTS.length()));
			}
			else if (arg.startsWith(KEYCLOAK)) {
				keycloak = "on".equalsIgnoreCase(arg.substring(KEYCLOAK.length()));
			}
			else {
				settingArgs.add(arg);
			}
		}
		if (keycloak) {
			if (!settingArgs.isEmpty()) {
				throw new IllegalArgumentException("--keycloak=on takes no other setting, got " + settingArgs);
			}
			KeycloakSampleMain.run(results);
			return;
		}
		BenchSettings settings = BenchSettings.parse(settingArgs.toArray(String[]::new));
		BenchDatabase database = BenchDatabase.create();
		Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "bench-database-drop"));
		System.err.println("[database] " + database.description());
		try {
			BenchmarkResult result;
			try (ConfigurableApplicationContext context = start(database)) {
				result = context.getBean(OnboardingBenchmark.class).run(settings);
			}
			String summary = SummaryReport.format(result, database.description());
			System.out.println();
			System.out.print(summary);
			write(results, summary);
			System.err.println("[results] written to " + results.toAbsolutePath());
		}
		finally {
			database.drop();
		}
	}

	static ConfigurableApplicationContext start(BenchDatabase database) {
		List<String> properties = new ArrayList<>();
		for (String property : BenchProperties.ALL) {
			properties.add("--" + property);
		}
		return start(database, properties);
	}

	/** tenant-service's context on the database, with these {@code --name=value}. */
	static ConfigurableApplicationContext start(BenchDatabase database, List<String> settings) {
		SpringApplication application = new SpringApplication(TenantServiceApplication.class,
				OnboardingBenchConfiguration.class);
		application.setBannerMode(Banner.Mode.OFF);
		List<String> properties = new ArrayList<>();
		Map<String, String> springProperties = database.springProperties();
		springProperties.forEach((key, value) -> properties.add("--" + key + "=" + value));
		// the servlet context the kernel's filter needs, on a free port; quiet logs
		properties.add("--server.port=0");
		properties.add("--logging.level.root=WARN");
		properties.addAll(settings);
		return application.run(properties.toArray(String[]::new));
	}

	static void write(Path results, String summary) throws IOException {
		Path parent = results.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(results, summary);
	}

}
