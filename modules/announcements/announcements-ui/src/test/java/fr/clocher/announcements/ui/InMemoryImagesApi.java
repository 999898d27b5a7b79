package fr.clocher.announcements.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.clocher.announcements.api.ImageInfo;
import fr.clocher.announcements.api.ImagesApi;

import org.springframework.core.io.InputStreamResource;

/**
 * The images uploaded, in memory, refused as the service refuses them (blank alternative
 * text), each with the bytes received.
 */
public class InMemoryImagesApi extends Changes implements ImagesApi {

	public final Map<UUID, ImageInfo> images = new LinkedHashMap<>();

	public final Map<UUID, byte[]> contents = new LinkedHashMap<>();

	@Override
	void reset() {
		super.reset();
		this.images.clear();
		this.contents.clear();
	}

	@Override
	public ImageInfo uploadImage(String tenant, String alt, InputStreamResource content) {
		new Problems().required("alt", alt).required("content", content).throwIfAny();
		change(tenant + " upload " + alt);
		try {
			byte[] bytes = content.getInputStream().readAllBytes();
			ImageInfo image = new ImageInfo(UUID.randomUUID(), alt, "image/png", 1, 1, bytes.length);
			this.images.put(image.id(), image);
			this.contents.put(image.id(), bytes);
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
