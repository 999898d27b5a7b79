package fr.clocher.kernel.keycloak.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for Keycloak's own pages (sign-in, registration,
 * invitation): follows no redirect by itself, keeps cookies, reads form actions. Keycloak
 * marks its cookies Secure; browsers send those to http://localhost, Java's CookieManager
 * does not: so cookies are kept by hand.
 */
public final class KeycloakBrowser {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	public HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields))));
	}

	/**
	 * Follows redirects to Keycloak's own pages, up to a page or a redirect elsewhere (an
	 * application, Keycloak's account console included).
	 * @param response the answer to start from
	 * @param keycloakBaseUrl Keycloak's base URL: redirects under it are followed
	 * @return the first answer that is not such a redirect
	 */
	public HttpResponse<String> followWithin(HttpResponse<String> response, String keycloakBaseUrl)
			throws IOException, InterruptedException {
		HttpResponse<String> current = response;
		for (int hop = 0; hop < 10 && isRedirect(current); hop++) {
			String location = current.headers().firstValue("Location").orElseThrow();
			if (!location.startsWith(keycloakBaseUrl) || location.matches(".*/realms/[^/]+/account/?(\\?.*)?")) {
				return current;
			}
			current = get(location);
		}
		return current;
	}

	/**
	 * The action of the page's first form, unescaped.
	 * @param page an HTML page
	 * @return its form's action, if it has a form
	 */
	public static Optional<String> formAction(String page) {
		Matcher action = FORM_ACTION.matcher(page);
		return action.find() ? Optional.of(action.group(1).replace("&amp;", "&")) : Optional.empty();
	}

	public static boolean isRedirect(HttpResponse<?> response) {
		return response.statusCode() / 100 == 3;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((e) -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			this.cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
		}
		return response;
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
