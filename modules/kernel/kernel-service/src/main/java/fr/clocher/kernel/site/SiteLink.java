package fr.clocher.kernel.site;

import java.util.List;

/**
 * A link of the site's frame: a menu entry (with its children, one level) or a footer
 * link.
 *
 * @param label what it says
 * @param href where it goes: a site path ({@code /pages/ecole}), an absolute address, or
 * null for a heading that only groups its children
 * @param children the entries under it
 */
public record SiteLink(String label, String href, List<SiteLink> children) {

	public SiteLink {
		children = (children != null) ? List.copyOf(children) : List.of();
	}

	public static SiteLink to(String label, String href) {
		return new SiteLink(label, href, List.of());
	}

	/** True for a link inside the site, which follows the way the reader reached it. */
	public boolean sitePath() {
		return this.href != null && this.href.startsWith("/") && !this.href.startsWith("//");
	}

}
