package fr.clocher.tenant.observability;

import java.util.Set;

import fr.clocher.kernel.tenancy.TenantRef;

/**
 * The value of the {@code module} tag of a request: a fixed set, whatever the paths
 * clients send. The module of a tenant API call is read from the mapping that served it
 * ({@code /api/tenants/{tenant}/<module>/...}) and must be an installed module's key;
 * every other API call of a tenant is the kernel's.
 */
final class RequestModules {

	static final String SITE = "site";

	static final String PLATFORM = "platform";

	static final String KERNEL = "kernel";

	static final String UNMATCHED = "unmatched";

	private static final String TENANT_API = "/api/tenants/{tenant}/";

	private final Set<String> keys;

	RequestModules(Set<String> keys) {
		this.keys = Set.copyOf(keys);
	}

	/**
	 * The module of a request.
	 * @param path the request's path, without the context path
	 * @param pattern the mapping that served it, or {@code null} when none did
	 * @return one of the module keys, {@link #SITE}, {@link #PLATFORM}, {@link #KERNEL}
	 * or {@link #UNMATCHED}
	 */
	String of(String path, String pattern) {
		if (!path.startsWith("/api/")) {
			return SITE;
		}
		if (path.startsWith("/api/platform/")) {
			return PLATFORM;
		}
		if (pattern == null || !pattern.startsWith(TENANT_API)) {
			return UNMATCHED;
		}
		String rest = pattern.substring(TENANT_API.length());
		int slash = rest.indexOf('/');
		String segment = (slash < 0) ? rest : rest.substring(0, slash);
		return this.keys.contains(segment) ? segment : KERNEL;
	}

	static String slug(jakarta.servlet.ServletRequest request) {
		return TenantRef.of(request).map(TenantRef::slug).orElse(null);
	}

}
