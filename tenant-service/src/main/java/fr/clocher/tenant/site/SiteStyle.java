package fr.clocher.tenant.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one style sheet of every commune site, served at a path that names its content
 * ({@code /_/site.<hash>.css}) so that it can be cached for a year.
 */
@Component
class SiteStyle {

	private final byte[] css;

	private final String path;

	SiteStyle() throws IOException, NoSuchAlgorithmException {
		try (InputStream input = new ClassPathResource("site/site.css").getInputStream()) {
			this.css = input.readAllBytes();
		}
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.css)).substring(0, 12);
		this.path = "/_/site." + hash + ".css";
	}

	/** The site path of the style sheet. */
	String path() {
		return this.path;
	}

	/** Whether a site path asks for a style sheet (this one or an older one). */
	boolean matches(String sitePath) {
		return sitePath.startsWith("/_/site.") && sitePath.endsWith(".css");
	}

	byte[] bytes() {
		return this.css;
	}

	String text() {
		return new String(this.css, StandardCharsets.UTF_8);
	}

}
