package fr.clocher.kernel.site;

import java.io.UncheckedIOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The site's one Mustache compiler: templates and partials from {@code templates/} on the
 * classpath, values escaped unless triple-braced, a missing value empty, an empty string
 * false, each template compiled once.
 */
class SiteTemplatesTests {

	private final SiteTemplates templates = new SiteTemplates();

	@Test
	void rendersWithTheSiteOptions() {
		String html = this.templates.template("kernel-test/greeting")
			.execute(Map.of("name", "Saint-Pierre & <Miquelon>", "note", "", "html", "<em>raw</em>"));
		assertThat(html).isEqualTo("<p>Saint-Pierre &amp; &lt;Miquelon&gt; – aucune note</p><em>raw</em>\n"
				+ "<footer>Saint-Pierre &amp; &lt;Miquelon&gt;</footer>\n");
	}

	@Test
	void compilesEachTemplateOnce() {
		assertThat(this.templates.template("kernel-test/greeting"))
			.isSameAs(this.templates.template("kernel-test/greeting"));
	}

	@Test
	void refusesAMissingTemplate() {
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> this.templates.template("kernel-test/nothing"));
	}

}
