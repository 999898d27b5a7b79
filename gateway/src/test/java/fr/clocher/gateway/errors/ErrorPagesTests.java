package fr.clocher.gateway.errors;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The choice between the HTML page and the problem document.
 */
class ErrorPagesTests {

	@Test
	void browsersAndUnknownClientsGetHtml() {
		assertThat(prefersJson("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isFalse();
		assertThat(prefersJson("*/*")).isFalse();
		assertThat(prefersJson(null)).isFalse();
		assertThat(prefersJson("this is not a media type")).isFalse();
		assertThat(prefersJson("application/json;q=0.1, text/html")).isFalse();
	}

	@Test
	void apiClientsGetJson() {
		assertThat(prefersJson("application/json")).isTrue();
		assertThat(prefersJson("application/problem+json")).isTrue();
		assertThat(prefersJson("application/json, */*;q=0.5")).isTrue();
		assertThat(prefersJson("text/html;q=0.5, application/json")).isTrue();
	}

	private static boolean prefersJson(String accept) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/");
		if (accept != null) {
			request.header("Accept", accept);
		}
		return ErrorPages.prefersJson(request.build());
	}

}
