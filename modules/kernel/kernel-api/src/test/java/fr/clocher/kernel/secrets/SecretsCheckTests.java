package fr.clocher.kernel.secrets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

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

	@Test
	void aSecretAModuleDeclaresIsRequiredToo(@TempDir Path module) throws IOException {
		Path declaration = module.resolve(ModuleSecrets.LOCATION);
		Files.createDirectories(declaration.getParent());
		Files.writeString(declaration, "clocher.agenda.key=CLOCHER_AGENDA_KEY\n");
		try (URLClassLoader withModule = new URLClassLoader(new URL[] { module.toUri().toURL() },
				getClass().getClassLoader())) {
			assertThatThrownBy(() -> startWith(withModule, null)).isInstanceOf(MissingSecretsException.class)
				.hasMessageContaining("clocher.agenda.key is not set: set CLOCHER_AGENDA_KEY");
			assertThatThrownBy(() -> startWith(withModule, null, "clocher.agenda.key=dev-only-agenda"))
				.hasMessageContaining("clocher.agenda.key holds a development value");
			try (ConfigurableApplicationContext context = startWith(withModule, null,
					"clocher.agenda.key=k3Y_generated")) {
				assertThat(context.isActive()).isTrue();
			}
		}
	}

	@Test
	void theSecretsOfTheModulesInsideAServiceJarAreRead(@TempDir Path directory) throws IOException {
		Path bootJar = directory.resolve("tenant-service.jar");
		try (ZipOutputStream jar = new ZipOutputStream(Files.newOutputStream(bootJar))) {
			jar.putNextEntry(new ZipEntry("BOOT-INF/lib/clocher-agenda-service.jar"));
			jar.write(jarOf(
					Map.of("README", "agenda", ModuleSecrets.LOCATION, "clocher.agenda.key=CLOCHER_AGENDA_KEY\n")));
			jar.putNextEntry(new ZipEntry("BOOT-INF/lib/other.jar"));
			jar.write(jarOf(Map.of("README", "nothing declared")));
			jar.putNextEntry(new ZipEntry("BOOT-INF/lib/clocher-notes-service.jar"));
			jar.write(jarOf(Map.of(ModuleSecrets.LOCATION, "clocher.notes.token=CLOCHER_NOTES_TOKEN\n")));
		}

		assertThat(ModuleSecrets.declaredIn(bootJar)).containsExactly(
				Map.entry("clocher.agenda.key", "CLOCHER_AGENDA_KEY"),
				Map.entry("clocher.notes.token", "CLOCHER_NOTES_TOKEN"));
	}

	private static byte[] jarOf(Map<String, String> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
				jar.putNextEntry(new ZipEntry(entry.getKey()));
				jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	private static ConfigurableApplicationContext start(String profile, String... properties) {
		return startWith(SecretsCheckTests.class.getClassLoader(), profile, properties);
	}

	private static ConfigurableApplicationContext startWith(ClassLoader classLoader, String profile,
			String... properties) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
			.resourceLoader(new DefaultResourceLoader(classLoader))
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
