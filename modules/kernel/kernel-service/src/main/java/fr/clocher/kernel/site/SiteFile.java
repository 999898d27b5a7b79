package fr.clocher.kernel.site;

import java.util.Objects;

/**
 * A file of a commune's site (an image, a document).
 *
 * @param content the bytes
 * @param contentType its media type
 * @param fileName the name to download it with, or null to show it in the browser
 * @param immutable true when the path always gives the same bytes (a new file gets a new
 * path), so that it may be cached for a year
 */
public record SiteFile(byte[] content, String contentType, String fileName, boolean immutable) implements SiteContent {

	public SiteFile {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(contentType, "contentType");
	}

}
