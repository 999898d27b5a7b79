package fr.clocher.kernel.site.web;

import java.util.regex.Pattern;

import fr.clocher.kernel.tenancy.TenantFilter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * How a public address splits into the way the site was reached and the path inside it:
 * on a platform host, {@code /c/aiglun/pages/ecole} is {@code /c/aiglun} +
 * {@code /pages/ecole}; on the commune's host the base is empty and the whole path is the
 * site's, {@code /c/...} included. The tenant filter decides which (it names the base
 * when the path named the commune).
 *
 * @param basePath empty, or {@code /c/<slug>}
 * @param sitePath the path inside the site, {@code /} at least
 */
record SiteAddress(String basePath, String sitePath) {

	private static final Pattern UNDER_PATH = Pattern.compile("^/c/[^/]+(/.*)?$");

	static SiteAddress of(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getAttribute(TenantFilter.SITE_BASE_PATH) instanceof String base && path.startsWith(base)) {
			String rest = path.substring(base.length());
			return new SiteAddress(base, rest.isEmpty() ? "/" : rest);
		}
		return new SiteAddress("", path.isEmpty() ? "/" : path);
	}

	/** Whether a path has the form of an address by path, whichever host it came on. */
	static boolean underPath(String path) {
		return UNDER_PATH.matcher(path).matches();
	}

}
