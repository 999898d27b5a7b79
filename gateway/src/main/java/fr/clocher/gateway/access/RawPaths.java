package fr.clocher.gateway.access;

import org.jspecify.annotations.Nullable;

/**
 * Tells whether a raw request path means one thing only. The gateway chooses the route
 * and checks the path in its raw form, and forwards it as is: a backend that removes dot
 * segments, decodes {@code %2F} or {@code %2e}, merges slashes or drops matrix parameters
 * would then act on another path than the one checked
 * ({@code /auth/realms/clocher/%2e%2e/master} is the master realm for Keycloak). Such
 * paths have no use on the platform, so they are refused rather than normalized.
 */
final class RawPaths {

	private RawPaths() {
	}

	/**
	 * Why a path is ambiguous.
	 * @param rawPath the path as received, still percent-encoded
	 * @return the reason, or {@code null} when the path is unambiguous
	 */
	static @Nullable String ambiguity(String rawPath) {
		if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
			return "not an absolute path";
		}
		int segmentStart = 1;
		for (int i = 1; i <= rawPath.length(); i++) {
			char c = (i < rawPath.length()) ? rawPath.charAt(i) : '/';
			if (c == '/') {
				String why = segmentAmbiguity(rawPath, segmentStart, i, i == rawPath.length());
				if (why != null) {
					return why;
				}
				segmentStart = i + 1;
			}
			else if (c == ';' || c == '\\') {
				return "matrix parameter or backslash";
			}
			else if (c == '%') {
				String why = encodingAmbiguity(rawPath, i);
				if (why != null) {
					return why;
				}
				i += 2;
			}
			else if (c <= ' ' || c >= 0x7f) {
				return "unencoded control, space or non-ASCII character";
			}
		}
		return null;
	}

	private static @Nullable String segmentAmbiguity(String path, int start, int end, boolean last) {
		int length = end - start;
		if (length == 0 && !last) {
			return "empty segment";
		}
		if ((length == 1 || length == 2) && path.charAt(start) == '.' && path.charAt(end - 1) == '.') {
			return "dot segment";
		}
		return null;
	}

	private static @Nullable String encodingAmbiguity(String path, int at) {
		int high = (at + 2 < path.length()) ? Character.digit(path.charAt(at + 1), 16) : -1;
		int low = (high >= 0) ? Character.digit(path.charAt(at + 2), 16) : -1;
		if (low < 0) {
			return "malformed percent-encoding";
		}
		int decoded = high * 16 + low;
		if (isUnreserved(decoded)) {
			// never needs encoding: encoded, it can only be meant to slip past a check
			return "needlessly percent-encoded character";
		}
		if (decoded == '/' || decoded == '\\' || decoded == ';' || decoded == '%' || decoded < 0x20
				|| decoded == 0x7f) {
			return "percent-encoded separator, percent sign or control character";
		}
		return null;
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

}
