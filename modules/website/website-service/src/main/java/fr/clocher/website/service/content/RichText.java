package fr.clocher.website.service.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What HTML a page may hold, enforced by OWASP's sanitizer: text structure, links, tables
 * and images; never scripts, styles, frames, forms, event handlers or {@code javascript:}
 * addresses. A page's {@code
 *
<h1>} is its title, so headings in the body start at {@code
 *
<h2>}.
 */
public final class RichText {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol", "li",
				"blockquote", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption",
				"hr", "a", "img", "abbr")
		.allowElements((name, attributes) -> "h2", "h1")
		.allowUrlProtocols("http", "https", "mailto", "tel")
		.allowAttributes("href", "title")
		.onElements("a")
		.allowAttributes("src", "alt", "width", "height")
		.onElements("img")
		.allowAttributes("title")
		.onElements("abbr")
		.allowAttributes("scope")
		.matching(false, "row", "col", "rowgroup", "colgroup")
		.onElements("th")
		.allowAttributes("colspan", "rowspan")
		.matching(Pattern.compile("[0-9]{1,2}"))
		.onElements("td", "th")
		.allowAttributes("lang")
		.matching(Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?"))
		.globally()
		.toFactory();

	private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");

	private static final Pattern ALT = Pattern.compile("\\salt=\"([^\"]*)\"");

	private RichText() {
	}

	/** The HTML the policy keeps; empty for null. */
	public static String sanitize(String html) {
		return (html == null || html.isBlank()) ? "" : POLICY.sanitize(html).strip();
	}

	/** How many images of sanitized HTML have no alternative text, or a blank one. */
	public static int imagesWithoutAlt(String sanitized) {
		int missing = 0;
		Matcher image = IMAGE.matcher(sanitized);
		while (image.find()) {
			Matcher alt = ALT.matcher(image.group());
			if (!alt.find() || alt.group(1).isBlank()) {
				missing++;
			}
		}
		return missing;
	}

}
