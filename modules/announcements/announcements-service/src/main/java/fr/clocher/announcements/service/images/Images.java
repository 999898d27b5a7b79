package fr.clocher.announcements.service.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import fr.clocher.announcements.api.ImageInfo;
import fr.clocher.announcements.service.AnnouncementsProperties;
import fr.clocher.announcements.service.content.Violations;

import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and stores an uploaded image: PNG or JPEG by its content (not by what the client
 * says), within the size limit, its pixel count read from its header before anything is
 * decoded, with a non-blank alternative text.
 */
public class Images {

	static final int MAX_ALT = 250;

	private final ImageStore store;

	private final AnnouncementsProperties properties;

	private final Clock clock;

	Images(ImageStore store, AnnouncementsProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public ImageInfo upload(String alt, byte[] content) {
		Violations violations = new Violations();
		String text = violations.text("alt", alt, MAX_ALT, true);
		Header header = null;
		if (content == null || content.length == 0) {
			violations.add("content", "Aucune image reçue.", "No image received.");
		}
		else if (content.length > this.properties.maxImageSize().toBytes()) {
			violations.add("content",
					"Image trop lourde : " + this.properties.maxImageSize().toMegabytes() + " Mo au plus.",
					"Image too large: at most " + this.properties.maxImageSize().toMegabytes() + " MB.");
		}
		else {
			header = header(content);
			if (header == null) {
				violations.add("content", "Ce fichier n'est pas une image PNG ou JPEG.",
						"This file is not a PNG or JPEG image.");
			}
			else if ((long) header.width() * header.height() > this.properties.maxImagePixels()) {
				violations.add("content", "Image trop grande en pixels : réduisez-la avant de l'envoyer.",
						"Image too large in pixels: reduce it before sending it.");
			}
		}
		violations.throwIfAny();
		ImageInfo info = new ImageInfo(UUID.randomUUID(), text, header.contentType(), header.width(), header.height(),
				content.length);
		this.store.insert(info, content, this.clock.instant());
		return info;
	}

	/** The type and size an image's header declares, or null for anything else. */
	private static Header header(byte[] content) {
		String type = (content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N'
				&& content[3] == 'G') ? "image/png"
						: (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8)
								? "image/jpeg" : null;
		if (type == null) {
			return null;
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
			if (input == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return new Header(type, reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** Whether an image of this id is the current tenant's. */
	public boolean exists(UUID id) {
		return this.store.exists(id);
	}

	private record Header(String contentType, int width, int height) {

	}

}
