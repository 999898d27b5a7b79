package fr.clocher.announcements.service.content;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What HTML an announcement's body may hold, enforced by OWASP's sanitizer: text
 * structure, links and images with their alternative text; never scripts, styles, frames,
 * forms, event handlers or {@code javascript:} addresses. The page's heading is the
 * title, so headings in a body start at {@code h2}.
 */
public final class RichText {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "a",
				"img")
		.allowElements((name, attributes) -> "h2", "h1")
		.allowUrlProtocols("http", "https", "mailto", "tel")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("src", "alt", "width", "height")
		.onElements("img")
		.toFactory();

	private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");

	private static final Pattern WITH_ALT = Pattern.compile("\\salt=\"[^\"]*\\S[^\"]*\"");

	private RichText() {
	}

	/** The HTML the policy keeps; empty for null. */
	public static String sanitize(String html) {
		return (html == null || html.isBlank()) ? "" : POLICY.sanitize(html).strip();
	}

	/** How many images of sanitized HTML lack a non-blank alternative text. */
	public static long imagesWithoutAlt(String sanitized) {
		return IMAGE.matcher(sanitized).results().filter((image) -> !WITH_ALT.matcher(image.group()).find()).count();
	}

}
