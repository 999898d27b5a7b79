package fr.clocher.announcements.service.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.ImageInfo;
import fr.clocher.announcements.api.ImagesApi;
import fr.clocher.announcements.service.AnnouncementsProperties;
import fr.clocher.kernel.module.ModuleEndpoint;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Images for news items over HTTP; the body is read up to one byte past the limit, so an
 * oversized upload is refused without being held whole.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class ImagesController implements ImagesApi {

	private final Images images;

	private final long limit;

	ImagesController(Images images, AnnouncementsProperties properties) {
		this.images = images;
		this.limit = properties.maxImageSize().toBytes();
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public ImageInfo uploadImage(String tenant, String alt, InputStreamResource content) {
		return this.images.upload(alt, read(content));
	}

	private byte[] read(InputStreamResource content) {
		if (content == null) {
			return null;
		}
		try (InputStream in = content.getInputStream()) {
			return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.limit + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
