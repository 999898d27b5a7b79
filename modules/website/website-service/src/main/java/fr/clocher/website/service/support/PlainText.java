package fr.clocher.website.service.support;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * Plain text as secretaries type it: trimmed, control characters removed, shown as
 * escaped paragraphs (a blank line starts one, a line break stays one).
 */
public final class PlainText {

	private PlainText() {
	}

	/** Trimmed, without control characters other than line breaks; null for blank. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** Escaped HTML paragraphs. */
	public static String toHtml(String text) {
		String cleaned = clean(text);
		if (cleaned == null) {
			return "";
		}
		return Arrays.stream(cleaned.split("\n\\s*\n"))
			.map((paragraph) -> "<p>" + HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>") + "</p>")
			.collect(Collectors.joining("\n"));
	}

	/** Escaped for an HTML text or attribute. */
	public static String escape(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text) : "";
	}

}
