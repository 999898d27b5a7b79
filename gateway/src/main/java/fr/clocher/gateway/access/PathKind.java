package fr.clocher.gateway.access;

import java.util.List;

/**
 * What a request path is for, by its first segment, compared exactly (lower case).
 */
public enum PathKind {

	/**
	 * {@code /api/**}: tenant-service's API.
	 */
	API("/api"),

	/**
	 * {@code /admin/**}: portal-ui.
	 */
	ADMIN("/admin"),

	/**
	 * {@code /auth/**}: Keycloak.
	 */
	AUTH("/auth"),

	/**
	 * {@code /actuator/**}: the gateway's own endpoints.
	 */
	GATEWAY("/actuator"),

	/**
	 * Every other path: the communes' public sites, served by tenant-service.
	 */
	PUBLIC_SITE(null);

	private static final List<PathKind> PREFIXED = List.of(API, ADMIN, AUTH, GATEWAY);

	private final String prefix;

	PathKind(String prefix) {
		this.prefix = prefix;
	}

	/**
	 * The kind of a path.
	 * @param rawPath the path as received, still encoded
	 * @return its kind
	 */
	public static PathKind of(String rawPath) {
		for (PathKind kind : PREFIXED) {
			if (isUnder(rawPath, kind.prefix)) {
				return kind;
			}
		}
		return PUBLIC_SITE;
	}

	/**
	 * Whether a path is a prefix or below it, by whole segments: {@code /api} covers
	 * {@code /api} and {@code /api/x}, not {@code /apiculture}.
	 * @param path the path
	 * @param prefix the prefix, without a trailing slash
	 * @return whether the prefix covers the path
	 */
	public static boolean isUnder(String path, String prefix) {
		return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
	}

	/**
	 * Whether the path starts with one of the platform's prefixes in another case
	 * ({@code /API/}, {@code /Admin}), which a backend might take for the real one.
	 * @param rawPath the path as received
	 * @return true for such a look-alike
	 */
	static boolean isLookAlike(String rawPath) {
		for (PathKind kind : PREFIXED) {
			int length = kind.prefix.length();
			if (rawPath.regionMatches(true, 0, kind.prefix, 0, length)
					&& (rawPath.length() == length || rawPath.charAt(length) == '/')) {
				return !rawPath.startsWith(kind.prefix);
			}
		}
		return false;
	}

	/**
	 * Whether paths of this kind are served on the platform's own hosts only.
	 * @return true for the API, the admin and sign-in
	 */
	boolean isPlatformOnly() {
		return this == API || this == ADMIN || this == AUTH;
	}

}
