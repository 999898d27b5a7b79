package fr.clocher.kernel.site;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.core.io.ClassPathResource;

/**
 * The Mustache templates of the public site, one compiler for the frame and every
 * module's fragments: {@code templates/<name>.mustache} on the classpath (partials
 * {@code {{> name}}} too), values HTML-escaped unless written {@code {{{raw}}}}, a
 * missing value empty, an empty string false. Each template is compiled once.
 */
public class SiteTemplates {

	private final Mustache.Compiler compiler = Mustache.compiler()
		.defaultValue("")
		.emptyStringIsFalse(true)
		.withLoader(SiteTemplates::reader);

	private final Map<String, Template> templates = new ConcurrentHashMap<>();

	/**
	 * The template {@code templates/<name>.mustache} ({@code "site/frame"},
	 * {@code "website/home"}...), compiled on the first call.
	 * @throws UncheckedIOException if there is no such template
	 */
	public Template template(String name) {
		return this.templates.computeIfAbsent(name, this::compile);
	}

	private Template compile(String name) {
		try (Reader reader = reader(name)) {
			return this.compiler.compile(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reader reader(String name) throws IOException {
		return new InputStreamReader(new ClassPathResource("templates/" + name + ".mustache").getInputStream(),
				StandardCharsets.UTF_8);
	}

}
