package fr.clocher.kernel.site.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Template;
import fr.clocher.kernel.site.SiteChrome;
import fr.clocher.kernel.site.SiteHeadLinks;
import fr.clocher.kernel.site.SiteLink;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteSlot;
import fr.clocher.kernel.site.SiteSlots;
import fr.clocher.kernel.site.SiteTemplates;

import org.springframework.stereotype.Component;

/**
 * Frames a page in the commune's look: head (title, description, canonical address,
 * OpenGraph), header with logo and menu, the alert band, the content, the footer. Site
 * paths in the content are written for the way the reader reached the site.
 */
@Component
class FrameRenderer implements SiteRenderer {

	private static final Pattern SITE_PATH = Pattern.compile("(\\s(?:href|src)=\")/(?!/)");

	private static final Pattern SRCSET = Pattern.compile("(\\ssrcset=\")([^\"]*)\"");

	private final Template frame;

	private final Template unknown;

	private final Template badRequest;

	private final Template failure;

	private final Template unavailable;

	private final Template offline;

	private final SiteStyle style;

	private final Template missing;

	private final SiteModules modules;

	private final SiteSlots slots;

	FrameRenderer(SiteTemplates templates, SiteStyle style, SiteModules modules, SiteSlots slots) {
		this.frame = templates.template("site/frame");
		this.unknown = templates.template("site/not-found");
		this.badRequest = templates.template("site/bad-request");
		this.failure = templates.template("site/failure");
		this.unavailable = templates.template("site/unavailable");
		this.offline = templates.template("site/offline");
		this.missing = templates.template("site/missing");
		this.style = style;
		this.modules = modules;
		this.slots = slots;
	}

	@Override
	public String render(SiteRequest request, SitePage page) {
		return frame(request, page, request.basePath(), false);
	}

	@Override
	public String preview(SiteRequest request, SitePage page) {
		return frame(request, page, request.canonicalBase(), true);
	}

	/** The page of an address that names no commune. */
	String unknown() {
		return this.unknown.execute(Map.of());
	}

	/** The page of an address that is malformed or refused before any site answers. */
	String badRequest() {
		return this.badRequest.execute(Map.of());
	}

	/** The page of a failure: nothing of what went wrong is shown. */
	String failure() {
		return this.failure.execute(Map.of());
	}

	/** The page of a suspended commune. */
	String unavailable(String name) {
		return this.unavailable.execute(Map.of("name", name));
	}

	/** The page of a commune that has no site on: no module gives it a home page. */
	String offline(String name) {
		return this.offline.execute(Map.of("name", name));
	}

	/** A commune's page for an address its site does not have, in its frame. */
	String missing(SiteRequest request) {
		return render(request, SitePage.of("Page introuvable", null, this.missing.execute(Map.of())));
	}

	private String frame(SiteRequest request, SitePage page, String base, boolean preview) {
		SiteChrome chrome = this.modules.chrome(request);
		Map<String, Object> model = new HashMap<>();
		model.put("title", page.home() ? chrome.siteName() : page.title() + " – " + chrome.siteName());
		model.put("pageTitle", page.home() ? chrome.siteName() : page.title());
		model.put("siteName", chrome.siteName());
		model.put("description", page.description());
		model.put("canonical", request.canonical(request.path()));
		if (page.imagePath() != null) {
			model.put("ogImage", request.canonical(page.imagePath()));
		}
		if (preview) {
			model.put("robots", "noindex, nofollow");
			model.put("cssInline", this.style.current().text());
		}
		else {
			model.put("cssHref", base + this.style.current().path());
		}
		model.put("headLinks", headLinks(request, base));
		model.put("primary", chrome.primaryColor());
		model.put("homeHref", base + "/");
		model.put("homeCurrent", "/".equals(request.path()));
		if (chrome.logoPath() != null) {
			model.put("logo", base + chrome.logoPath());
		}
		model.put("menu", chrome.menu().stream().map((link) -> link(link, request, base)).toList());
		List<String> alerts = this.slots.render(SiteSlot.ALERTS, request)
			.stream()
			.map((html) -> sitePaths(html, base))
			.toList();
		model.put("hasAlerts", !alerts.isEmpty());
		model.put("alerts", alerts);
		model.put("body", sitePaths(page.bodyHtml(), base));
		model.put("footerHtml", (chrome.footerHtml() != null) ? sitePaths(chrome.footerHtml(), base) : "");
		model.put("hasFooterLinks", !chrome.footerLinks().isEmpty());
		model.put("footerLinks", chrome.footerLinks().stream().map((link) -> link(link, request, base)).toList());
		return this.frame.execute(model);
	}

	/**
	 * The enabled modules' head links ({@link SiteHeadLinks}), their paths for the base.
	 */
	private List<Map<String, String>> headLinks(SiteRequest request, String base) {
		return this.modules.headLinks(request)
			.stream()
			.map((link) -> Map.of("rel", link.rel(), "type", (link.type() != null) ? link.type() : "", "title",
					(link.title() != null) ? link.title() : "", "href", base + link.href()))
			.toList();
	}

	private static Map<String, Object> link(SiteLink link, SiteRequest request, String base) {
		Map<String, Object> model = new HashMap<>();
		model.put("label", link.label());
		model.put("href", link.sitePath() ? base + link.href() : link.href());
		model.put("current", link.sitePath() && link.href().equals(request.path()));
		model.put("group", link.href() == null);
		model.put("children", link.children().stream().map((child) -> link(child, request, base)).toList());
		return model;
	}

	/**
	 * Site paths ({@code href="/…"}, {@code src}, {@code srcset}) prefixed with the base.
	 */
	static String sitePaths(String html, String base) {
		if (base.isEmpty()) {
			return html;
		}
		String prefixed = SITE_PATH.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(base) + "/");
		Matcher srcset = SRCSET.matcher(prefixed);
		StringBuilder out = new StringBuilder();
		while (srcset.find()) {
			String value = srcset.group(2).replaceAll("(^|,\\s*)/(?!/)", "$1" + Matcher.quoteReplacement(base) + "/");
			srcset.appendReplacement(out, Matcher.quoteReplacement(srcset.group(1) + value + "\""));
		}
		srcset.appendTail(out);
		return out.toString();
	}

}
