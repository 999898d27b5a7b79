package fr.clocher.website.service.publicsite;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import fr.clocher.kernel.api.Paris;

import org.springframework.core.io.ClassPathResource;

/**
 * The module's page fragments, Mustache templates in {@code templates/website/}, values
 * HTML-escaped unless written {@code {{{raw}}}}.
 */
final class Views {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private static final Mustache.Compiler COMPILER = Mustache.compiler().defaultValue("").emptyStringIsFalse(true);

	static final Template HOME = load("home");

	static final Template TOWN_HALL = load("town-hall");

	static final Template PAGE = load("page");

	static final Template COUNCIL = load("council");

	static final Template SECTIONS = load("sections");

	private Views() {
	}

	/**
	 * Compiles the templates now rather than on the first reader's request: loading this
	 * class compiles them into the fields above. Called when the module starts.
	 */
	static void compile() {
	}

	static String date(java.time.LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	static String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(Paris.ZONE)) : "";
	}

	private static Template load(String name) {
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("templates/website/" + name + ".mustache").getInputStream(),
				StandardCharsets.UTF_8)) {
			return COMPILER.compile(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
