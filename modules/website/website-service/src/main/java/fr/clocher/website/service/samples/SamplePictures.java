package fr.clocher.website.service.samples;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Pictures drawn for the samples: a diagonal gradient with a disc, encoded as PNG.
 */
final class SamplePictures {

	private SamplePictures() {
	}

	static byte[] png(int width, int height, Color from, Color to) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, from, width, height, to));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(255, 255, 255, 160));
		graphics.fillOval(width / 3, height / 4, width / 3, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
