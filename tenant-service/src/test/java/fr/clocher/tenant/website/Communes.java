package fr.clocher.tenant.website;

import java.util.Iterator;
import java.util.stream.IntStream;

import fr.clocher.tenant.TestCommunes;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fresh communes of the Ardèche for the tests of the website's public pages, onboarded
 * through the operator API (one INSEE code each, so that test classes sharing a context
 * never collide), and the people acting on them. Requests and images:
 * {@code WebsiteRequests}, from the website's own tests.
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

}
