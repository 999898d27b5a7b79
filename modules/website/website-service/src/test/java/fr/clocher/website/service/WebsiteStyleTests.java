package fr.clocher.website.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import fr.clocher.kernel.site.SiteStyleFragment;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The website module brings the style of its own markup (home, town hall, council) and
 * declares it; the frame's rules are not its own.
 */
class WebsiteStyleTests {

	@Test
	void theWebsiteDeclaresItsStyleFragment() throws IOException {
		SiteStyleFragment fragment = new WebsiteAutoConfiguration().websiteStyle();

		assertThat(fragment.moduleKey()).isEqualTo(WebsiteModule.KEY);
		try (InputStream input = new ClassPathResource(fragment.location()).getInputStream()) {
			String css = new String(input.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(css).contains(".hero{", ".quick-links a{", ".town-hall .columns{", ".hours th{", ".council{")
				.doesNotContain(".site-header", ".menu", ".site-footer", ".skip", "--primary:");
		}
	}

}
