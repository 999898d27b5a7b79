package fr.clocher.website.service.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Re-encodes an uploaded image at a width a phone on a weak connection can afford, with
 * Thumbnailator (orientation from EXIF applied, metadata dropped): JPEG unless the image
 * has transparency, then PNG. Never enlarges.
 */
final class ImageResizer {

	private ImageResizer() {
	}

	record Dimensions(int width, int height) {

		long pixels() {
			return (long) this.width * this.height;
		}

	}

	record Resized(byte[] content, String contentType, int width, int height) {
	}

	/**
	 * The dimensions the file's header declares, read without decoding the image (a small
	 * file may declare enough pixels to fill the memory once decoded), or null when no
	 * reader understands it.
	 */
	static Dimensions dimensions(byte[] content) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				return new Dimensions(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** The image at most {@code maxWidth} wide, decoded once by the caller. */
	static Resized resize(BufferedImage image, int maxWidth) throws IOException {
		boolean transparent = image.getColorModel().hasAlpha();
		int width = Math.min(image.getWidth(), maxWidth);
		BufferedImage resized = (width == image.getWidth()) ? image
				: Thumbnails.of(image).width(width).asBufferedImage();
		String format = transparent ? "png" : "jpg";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Thumbnails.of(resized)
			.scale(1.0)
			.outputFormat(format)
			.outputQuality(transparent ? 1.0 : 0.8)
			.toOutputStream(out);
		return new Resized(out.toByteArray(), transparent ? "image/png" : "image/jpeg", resized.getWidth(),
				resized.getHeight());
	}

	/** Decodes an image, turned as its EXIF orientation says. */
	static BufferedImage decode(byte[] content) throws IOException {
		return Thumbnails.of(new ByteArrayInputStream(content)).scale(1.0).asBufferedImage();
	}

}
