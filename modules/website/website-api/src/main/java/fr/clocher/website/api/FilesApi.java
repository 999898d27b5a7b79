package fr.clocher.website.api;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The commune's images and documents. An upload's file is the request body
 * ({@code application/octet-stream}): the server reads it as a stream and stops at the
 * limit; a client sends bytes through the {@code byte[]} overloads.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface FilesApi {

	/**
	 * The commune's images, newest first.
	 * @param tenant the commune's slug
	 * @return the images
	 */
	@GetExchange("/images")
	List<ImageInfo> images(@PathVariable("tenant") String tenant);

	/**
	 * Uploads an image: the file's bytes are the request body. It is checked by its
	 * content (JPEG, PNG or GIF; GIF is stored as PNG), re-encoded without its metadata
	 * and resized (at most {@link UploadLimits#maxImageWidth()} wide, plus a small
	 * version). Refused with {@code file-too-large} (413, naming the limit; at once when
	 * {@code Content-Length} is over it, else as soon as the body passes it),
	 * {@code image-too-large-in-pixels} (422, naming the limit) when its header declares
	 * more pixels than {@code clocher.website.max-image-pixels} (it is then not decoded),
	 * {@code unreadable-image} (422), {@code unsupported-image-type} (415, naming the
	 * accepted types), {@code empty-file} (400), {@code invalid-request} (400) for a
	 * blank alternative text or file name.
	 * @param tenant the commune's slug
	 * @param fileName the file's name on the secretary's computer
	 * @param contentType the type the browser gave (checked against the content; may be
	 * null)
	 * @param alt the alternative text read to people who cannot see the image
	 * @param content the file, read as a stream
	 * @return the image stored (201)
	 */
	@PostExchange("/images")
	ImageInfo uploadImage(@PathVariable("tenant") String tenant, @RequestParam("fileName") String fileName,
			@RequestParam(name = "contentType", required = false) String contentType, @RequestParam("alt") String alt,
			@RequestBody(required = false) InputStreamResource content);

	/**
	 * Uploads an image from its bytes:
	 * {@link #uploadImage(String, String, String, String, InputStreamResource)} for a
	 * client.
	 * @param tenant the commune's slug
	 * @param fileName the file's name on the secretary's computer
	 * @param contentType the type the browser gave (may be null)
	 * @param alt the alternative text read to people who cannot see the image
	 * @param content the file
	 * @return the image stored
	 */
	default ImageInfo uploadImage(String tenant, String fileName, String contentType, String alt, byte[] content) {
		return uploadImage(tenant, fileName, contentType, alt, body(content));
	}

	/**
	 * Changes an image's alternative text.
	 * @param tenant the commune's slug
	 * @param id the image
	 * @param change the new text
	 * @return the image
	 */
	@PutExchange("/images/{id}")
	ImageInfo updateImage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody ImageChange change);

	/**
	 * Deletes an image. Refused with {@code image-in-use} (409) while the theme, the
	 * council or a page uses it, naming where.
	 * @param tenant the commune's slug
	 * @param id the image
	 */
	@DeleteExchange("/images/{id}")
	void deleteImage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The commune's documents (council minutes, forms...), newest first.
	 * @param tenant the commune's slug
	 * @return the attachments
	 */
	@GetExchange("/attachments")
	List<AttachmentInfo> attachments(@PathVariable("tenant") String tenant);

	/**
	 * Uploads a document: the file's bytes are the request body. Checked by its content
	 * (PDF, OpenDocument text/spreadsheet, Word/Excel OOXML). Refused with
	 * {@code file-too-large} (413, naming the limit; at once when {@code Content-Length}
	 * is over it, else as soon as the body passes it),
	 * {@code unsupported-attachment-type} (415, naming the accepted types),
	 * {@code empty-file} (400), {@code invalid-request} (400) for a blank file name.
	 * @param tenant the commune's slug
	 * @param fileName the file's name (kept for the download)
	 * @param contentType the type the browser gave (checked against the content; may be
	 * null)
	 * @param title what the link says (the file name without its extension when blank)
	 * @param content the file, read as a stream
	 * @return the attachment stored (201)
	 */
	@PostExchange("/attachments")
	AttachmentInfo uploadAttachment(@PathVariable("tenant") String tenant, @RequestParam("fileName") String fileName,
			@RequestParam(name = "contentType", required = false) String contentType,
			@RequestParam(name = "title", required = false) String title,
			@RequestBody(required = false) InputStreamResource content);

	/**
	 * Uploads a document from its bytes:
	 * {@link #uploadAttachment(String, String, String, String, InputStreamResource)} for
	 * a client.
	 * @param tenant the commune's slug
	 * @param fileName the file's name (kept for the download)
	 * @param contentType the type the browser gave (may be null)
	 * @param title what the link says (the file name without its extension when blank)
	 * @param content the file
	 * @return the attachment stored
	 */
	default AttachmentInfo uploadAttachment(String tenant, String fileName, String contentType, String title,
			byte[] content) {
		return uploadAttachment(tenant, fileName, contentType, title, body(content));
	}

	/**
	 * Renames a document (its title; the file name stays).
	 * @param tenant the commune's slug
	 * @param id the attachment
	 * @param change the new title
	 * @return the attachment
	 */
	@PutExchange("/attachments/{id}")
	AttachmentInfo updateAttachment(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody AttachmentChange change);

	/**
	 * Deletes a document. Refused with {@code attachment-in-use} (409) while a page links
	 * to it, naming the page.
	 * @param tenant the commune's slug
	 * @param id the attachment
	 */
	@DeleteExchange("/attachments/{id}")
	void deleteAttachment(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Bytes as an upload's body. The server reads the body as a stream only when the
	 * parameter is exactly an {@link InputStreamResource}; this one also tells its
	 * length, so that the client sends a {@code Content-Length}.
	 */
	private static InputStreamResource body(byte[] content) {
		if (content == null) {
			return null;
		}
		return new InputStreamResource(() -> new ByteArrayInputStream(content)) {

			@Override
			public long contentLength() {
				return content.length;
			}

		};
	}

}
