package fr.clocher.gateway.securityheaders;

import java.util.List;

import fr.clocher.gateway.securityheaders.SecurityHeadersProperties.PathPolicy;

/**
 * The {@code Content-Security-Policy} and {@code X-Frame-Options} for a request path: the
 * first configured prefix that covers the path, else the defaults. Matching is done on
 * the raw path, whole segments only, so an encoded path never gets a looser policy than
 * the one of the route it reaches.
 */
final class PathPolicies {

	/**
	 * The two headers chosen for a path; a blank value means none.
	 *
	 * @param contentSecurityPolicy the CSP
	 * @param frameOptions the frame options
	 */
	record Chosen(String contentSecurityPolicy, String frameOptions) {

	}

	private final List<PathPolicy> policies;

	private final List<Chosen> chosen;

	private final Chosen defaults;

	PathPolicies(SecurityHeadersProperties properties) {
		this.defaults = new Chosen(properties.contentSecurityPolicy(), properties.frameOptions());
		this.policies = properties.paths();
		this.chosen = this.policies.stream()
			.map((policy) -> new Chosen(
					(policy.contentSecurityPolicy() != null) ? policy.contentSecurityPolicy()
							: this.defaults.contentSecurityPolicy(),
					(policy.frameOptions() != null) ? policy.frameOptions() : this.defaults.frameOptions()))
			.toList();
	}

	Chosen forPath(String rawPath) {
		for (int i = 0; i < this.policies.size(); i++) {
			if (covers(this.policies.get(i).prefix(), rawPath)) {
				return this.chosen.get(i);
			}
		}
		return this.defaults;
	}

	private static boolean covers(String prefix, String path) {
		String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
		return path.startsWith(base) && (path.length() == base.length() || path.charAt(base.length()) == '/');
	}

}
