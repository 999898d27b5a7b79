package fr.clocher.tenant.website;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import fr.clocher.tenant.TestCommunes;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fresh communes of the Ardèche for the website tests (one INSEE code each, so that test
 * classes sharing a context never collide), the people acting on them, test images.
 */
final class Communes {

	private static final Iterator<String> INSEE_CODES = IntStream.rangeClosed(1, 99)
		.filter((n) -> n != 16 && n != 21 && n != 43 && n != 46 && n != 57)
		.mapToObj((n) -> String.format("07%03d", n))
		.toList()
		.iterator();

	private Communes() {
	}

	/** Onboards a commune; its slug. */
	static String onboard(MockMvc mvc) throws Exception {
		return TestCommunes.onboard(mvc, next());
	}

	private static synchronized String next() {
		return INSEE_CODES.next();
	}

	static JwtRequestPostProcessor operator() {
		return TestCommunes.operator();
	}

	static JwtRequestPostProcessor secretaryOf(String... communes) {
		return TestCommunes.secretaryOf(communes);
	}

	/** An image of the given size, encoded as {@code png} or {@code jpg}. */
	static byte[] image(int width, int height, String format) throws IOException {
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

}
