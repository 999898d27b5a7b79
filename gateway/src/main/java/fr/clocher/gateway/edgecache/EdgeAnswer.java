package fr.clocher.gateway.edgecache;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * A public answer kept at the edge: its headers that describe the content (never one that
 * belongs to a request, such as its id or a cookie) and its body.
 *
 * @param headers the content's headers
 * @param body the body
 * @param checkedAt when tenant-service last said it is current
 */
record EdgeAnswer(HttpHeaders headers, byte[] body, Instant checkedAt) {

	/** The headers kept with an answer; every other one is the request's own. */
	static final List<String> CONTENT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.EXPIRES,
			HttpHeaders.LINK, "Content-Security-Policy");

	/**
	 * Whether an answer of tenant-service may be kept and given to any reader: a 200 that
	 * says {@code public}, is not {@code private}, {@code no-store} or {@code no-cache},
	 * sets no cookie, varies on nothing, and can be revalidated (an ETag) or never
	 * changes ({@code immutable}).
	 */
	static boolean keepable(HttpStatusCode status, HttpHeaders headers) {
		if (status.value() != 200 || headers.containsHeader(HttpHeaders.SET_COOKIE)
				|| headers.containsHeader(HttpHeaders.VARY) || headers.containsHeader(HttpHeaders.CONTENT_ENCODING)) {
			return false;
		}
		List<String> directives = directives(headers);
		return directives.contains("public") && !directives.contains("private") && !directives.contains("no-store")
				&& !directives.contains("no-cache") && (headers.getETag() != null || directives.contains("immutable"));
	}

	static EdgeAnswer of(HttpHeaders received, byte[] body, Instant now) {
		HttpHeaders kept = new HttpHeaders();
		for (String name : CONTENT_HEADERS) {
			List<String> values = received.get(name);
			if (values != null) {
				kept.put(name, List.copyOf(values));
			}
		}
		return new EdgeAnswer(HttpHeaders.readOnlyHttpHeaders(kept), body, now);
	}

	/** Whether it may be served without asking tenant-service. */
	boolean freshAt(Instant now, Duration fresh) {
		return directives(this.headers).contains("immutable") || this.checkedAt.plus(fresh).isAfter(now);
	}

	EdgeAnswer checkedAgainAt(Instant now) {
		return new EdgeAnswer(this.headers, this.body, now);
	}

	String etag() {
		return this.headers.getETag();
	}

	/** Whether the reader's {@code If-None-Match} names this answer (weak comparison). */
	boolean matches(List<String> ifNoneMatch) {
		String etag = etag();
		if (etag == null) {
			return false;
		}
		String opaque = opaque(etag);
		return ifNoneMatch.stream().anyMatch((tag) -> tag.equals("*") || opaque(tag).equals(opaque));
	}

	private static String opaque(String tag) {
		String trimmed = tag.trim();
		return trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
	}

	private static List<String> directives(HttpHeaders headers) {
		return headers.getOrEmpty(HttpHeaders.CACHE_CONTROL)
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map((directive) -> directive.trim().toLowerCase(Locale.ROOT))
			.map((directive) -> directive.contains("=") ? directive.substring(0, directive.indexOf('=')) : directive)
			.toList();
	}

}
