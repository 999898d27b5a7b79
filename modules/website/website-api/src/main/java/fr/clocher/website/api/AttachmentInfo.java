package fr.clocher.website.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A document the commune uploaded (council minutes, forms...).
 *
 * @param id the attachment
 * @param fileName the name residents download it with
 * @param title what a link to it says
 * @param contentType its type ({@code application/pdf}...)
 * @param size its size in bytes
 * @param uploadedAt when it was uploaded
 * @param path its site-relative address, to link it in a page ({@code <a href="…">})
 * @param url its address on the commune's host, which serves it once a published page (or
 * a setting) links to it: until then it answers 404
 */
public record AttachmentInfo(UUID id, String fileName, String title, String contentType, long size, Instant uploadedAt,
		String path, String url) {

}
