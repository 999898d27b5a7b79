package fr.clocher.gateway.ratelimit;

import fr.clocher.gateway.access.PathKind;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The kinds of requests counted apart, each client having one bucket per class: using up
 * one class (guessing passwords, say) leaves the others untouched.
 */
public enum RateClass {

	/**
	 * Keycloak's login form posts and token endpoint:
	 * {@code /auth/realms/*}{@code /login-actions/**} and
	 * {@code /auth/realms/*}{@code /protocol/openid-connect/token}.
	 */
	SIGN_IN("sign-in"),

	/**
	 * {@code /api/**}.
	 */
	API("api"),

	/**
	 * {@code /admin/**}.
	 */
	ADMIN("admin"),

	/**
	 * Requests other than GET and HEAD on the public sites (residents' forms).
	 */
	PUBLIC_SUBMISSION("public-submission"),

	/**
	 * Everything else: reading the public sites, the rest of Keycloak's pages.
	 */
	PUBLIC("public");

	private static final String REALMS = "/auth/realms/";

	private final String key;

	RateClass(String key) {
		this.key = key;
	}

	/**
	 * The name of the class, in settings and Redis keys.
	 * @return the name
	 */
	public String key() {
		return this.key;
	}

	static RateClass of(ServerHttpRequest request) {
		String path = request.getPath().value();
		return switch (PathKind.of(path)) {
			case API -> API;
			case ADMIN -> ADMIN;
			case AUTH -> isSignIn(path) ? SIGN_IN : PUBLIC;
			case PUBLIC_SITE -> isReading(request.getMethod()) ? PUBLIC : PUBLIC_SUBMISSION;
			case GATEWAY -> PUBLIC;
		};
	}

	private static boolean isSignIn(String path) {
		int realmEnd = path.startsWith(REALMS) ? path.indexOf('/', REALMS.length()) : -1;
		if (realmEnd < 0) {
			return false;
		}
		String inRealm = path.substring(realmEnd);
		return PathKind.isUnder(inRealm, "/login-actions")
				|| PathKind.isUnder(inRealm, "/protocol/openid-connect/token");
	}

	private static boolean isReading(HttpMethod method) {
		return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
	}

}
