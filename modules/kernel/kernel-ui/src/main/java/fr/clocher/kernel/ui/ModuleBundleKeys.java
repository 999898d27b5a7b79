package fr.clocher.kernel.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The keys of a module's message bundles
 * ({@code vaadin-i18n/<module>_translations.properties} in French, {@code _en} in
 * English) and the keys its screens' sources name, for each module's translations test:
 * every key used is in French, English has exactly the French keys, and every key leads
 * with the module's key.
 *
 * @param module the module's key, which leads every key of its bundle
 */
public record ModuleBundleKeys(String module) {

	/** The French bundle's keys. */
	public Set<String> french() {
		return keys("vaadin-i18n/" + this.module + "_translations.properties");
	}

	/** The English bundle's keys. */
	public Set<String> english() {
		return keys("vaadin-i18n/" + this.module + "_translations_en.properties");
	}

	/**
	 * The keys quoted in the module's sources ({@code "<module>.<screen>.<text>"}).
	 * @param sources the folder of the screens' sources, {@code src/main/java} from the
	 * module's folder
	 */
	public Set<String> usedIn(Path sources) {
		Pattern quoted = Pattern.compile("\"(" + Pattern.quote(this.module) + "\\.[a-z0-9-]+\\.[a-z0-9.-]+)\"");
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = quoted.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys;
	}

	private static Set<String> keys(String resource) {
		Properties texts = new Properties();
		try (InputStream in = ModuleBundleKeys.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No bundle " + resource + " on the class path");
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TreeSet<>(texts.stringPropertyNames());
	}

}
