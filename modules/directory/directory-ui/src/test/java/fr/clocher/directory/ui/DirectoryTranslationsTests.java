package fr.clocher.directory.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's texts live in its own bundle, under keys prefixed by its key: every key
 * the screens name is there in French and in English, and nothing else is.
 */
class DirectoryTranslationsTests {

	private static final String FRENCH = "vaadin-i18n/directory_translations.properties";

	private static final String ENGLISH = "vaadin-i18n/directory_translations_en.properties";

	private static final Pattern KEY = Pattern.compile("\"(directory\\.[a-z0-9-]+\\.[a-z0-9.-]+)\"");

	@Test
	void everyKeyTheScreensUseIsInTheFrenchBundle() throws IOException {
		assertThat(keys(FRENCH)).containsAll(keysInSources());
	}

	@Test
	void englishTranslatesEveryFrenchTextAndNothingMore() throws IOException {
		assertThat(keys(ENGLISH)).isEqualTo(keys(FRENCH));
	}

	@Test
	void everyKeyStartsWithTheModuleKeyAndIsUsed() throws IOException {
		assertThat(keys(FRENCH)).allMatch((key) -> key.startsWith("directory.")).isEqualTo(keysInSources());
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = DirectoryTranslationsTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(texts.stringPropertyNames());
	}

	private static Set<String> keysInSources() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

}
