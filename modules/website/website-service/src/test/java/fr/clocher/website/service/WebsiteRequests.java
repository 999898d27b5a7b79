package fr.clocher.website.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Requests to the website API as its tests make them: addresses, uploads and test images.
 * Public for tenant-service's tests of the public site, which use the same.
 */
public final class WebsiteRequests {

	private WebsiteRequests() {
	}

	/** A path of the website API of the commune given as its first variable. */
	public static String api(String path) {
		return "/api/tenants/{t}/website" + path;
	}

	/** An upload to the website API: the file is the request body. */
	public static MockHttpServletRequestBuilder upload(String commune, String query, byte[] content) {
		return post(api(query), commune).contentType(MediaType.APPLICATION_OCTET_STREAM).content(content);
	}

	/** An image of the given size, encoded as {@code png} or {@code jpg}. */
	public static byte[] image(int width, int height, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 90, 120));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/**
	 * A PNG of a few dozen bytes whose header declares {@code width × height} pixels: a
	 * decompression bomb for whoever decodes it.
	 */
	public static byte[] declaringPng(int width, int height) throws IOException {
		byte[] png = image(1, 1, "png");
		// The IHDR chunk follows the 8-byte signature: length, type, then width and
		// height (bytes 16 to 23), and a CRC of type and data (bytes 12 to 28) at byte
		// 29.
		ByteBuffer header = ByteBuffer.wrap(png);
		header.putInt(16, width).putInt(20, height);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		header.putInt(29, (int) crc.getValue());
		return png;
	}

}
