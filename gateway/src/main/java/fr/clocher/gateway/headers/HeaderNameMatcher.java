package fr.clocher.gateway.headers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a header name is one of a list of names or name prefixes (a trailing
 * {@code *}), without regard to case.
 */
final class HeaderNameMatcher {

	private final Set<String> names = new HashSet<>();

	private final List<String> prefixes = new ArrayList<>();

	HeaderNameMatcher(List<String> patterns) {
		for (String pattern : patterns) {
			String lower = pattern.trim().toLowerCase(Locale.ROOT);
			if (lower.endsWith("*")) {
				this.prefixes.add(lower.substring(0, lower.length() - 1));
			}
			else if (!lower.isEmpty()) {
				this.names.add(lower);
			}
		}
	}

	boolean matches(String headerName) {
		String lower = headerName.toLowerCase(Locale.ROOT);
		if (this.names.contains(lower)) {
			return true;
		}
		for (String prefix : this.prefixes) {
			if (lower.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
