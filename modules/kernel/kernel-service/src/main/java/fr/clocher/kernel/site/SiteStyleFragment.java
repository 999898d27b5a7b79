package fr.clocher.kernel.site;

/**
 * The style rules a module adds to its commune's site, as a CSS file on the module's
 * class path; a bean in the module's auto-configuration. tenant-service serves one style
 * sheet per commune: the frame's rules, then the fragments of the modules the commune has
 * enabled, by module key. A fragment styles the module's own markup only (the frame
 * styles the header, menu, footer, typography and focus); a module that needs images in
 * its style would serve them as its own site files.
 *
 * @param moduleKey the module it belongs to
 * @param location its class path location, {@code site/<module-key>.css} by convention
 */
public record SiteStyleFragment(String moduleKey, String location) {

	/** The fragment at the conventional location, {@code site/<module-key>.css}. */
	public static SiteStyleFragment of(String moduleKey) {
		return new SiteStyleFragment(moduleKey, "site/" + moduleKey + ".css");
	}

}
