package fr.clocher.website.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An image the commune uploaded.
 *
 * @param id the image
 * @param fileName the name it was uploaded with
 * @param alt its alternative text
 * @param contentType how it is stored ({@code image/jpeg} or {@code image/png})
 * @param width its stored width in pixels (after resizing)
 * @param height its stored height in pixels
 * @param size its stored size in bytes
 * @param uploadedAt when it was uploaded
 * @param path its site-relative address, to write in a page ({@code <img src="…">})
 * @param url its address on the commune's host, which serves it once published content
 * uses it (a published page, the theme, the council...): until then it answers 404
 * @param smallUrl a small version (at most 480 pixels wide), for thumbnails, served
 * likewise
 */
public record ImageInfo(UUID id, String fileName, String alt, String contentType, int width, int height, long size,
		Instant uploadedAt, String path, String url, String smallUrl) {

}
