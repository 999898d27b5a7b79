package fr.clocher.announcements.api;

import java.io.ByteArrayInputStream;

import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Images for news items, each with its alternative text.
 */
@HttpExchange(Announcements.API)
public interface ImagesApi {

	/**
	 * Uploads an image (PNG or JPEG, the request body). Refused with
	 * {@code invalid-request} (400) on {@code alt} when the alternative text is blank, on
	 * {@code content} when the file is not a PNG or JPEG image, larger than the module's
	 * limit ({@code clocher.announcements.max-image-size}, 5 MB by default) or declares
	 * more pixels than it allows.
	 * @param tenant the tenant's slug
	 * @param alt what the image shows, for people who cannot see it (at most 250
	 * characters)
	 * @param content the image
	 * @return the image stored (201)
	 */
	@PostExchange("/images")
	ImageInfo uploadImage(@PathVariable("tenant") String tenant, @RequestParam("alt") String alt,
			@RequestBody(required = false) InputStreamResource content);

	/**
	 * Uploads an image from its bytes (see
	 * {@link #uploadImage(String, String, InputStreamResource)}).
	 */
	default ImageInfo uploadImage(String tenant, String alt, byte[] content) {
		InputStreamResource body = (content != null)
				? new InputStreamResource(() -> new ByteArrayInputStream(content)) {

					@Override
					public long contentLength() {
						return content.length;
					}

				} : null;
		return uploadImage(tenant, alt, body);
	}

}
