package fr.clocher.tenant.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a public address splits into the way the site was reached and the path inside it:
 * {@code /c/aiglun/pages/ecole} is {@code /c/aiglun} + {@code /pages/ecole}; on the
 * commune's host the base is empty.
 *
 * @param basePath empty, or {@code /c/<slug>}
 * @param sitePath the path inside the site, {@code /} at least
 */
record SiteAddress(String basePath, String sitePath) {

	private static final Pattern UNDER_PATH = Pattern.compile("^(/c/[^/]+)(/.*)?$");

	static SiteAddress of(String path) {
		Matcher matcher = UNDER_PATH.matcher(path);
		if (matcher.matches()) {
			return new SiteAddress(matcher.group(1), (matcher.group(2) != null) ? matcher.group(2) : "/");
		}
		return new SiteAddress("", path.isEmpty() ? "/" : path);
	}

	static boolean underPath(String path) {
		return UNDER_PATH.matcher(path).matches();
	}

}
