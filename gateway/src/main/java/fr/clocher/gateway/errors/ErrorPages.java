package fr.clocher.gateway.errors;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.clocher.gateway.requestid.RequestIds;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the gateway's error answers: a small self-contained HTML page in French (no
 * external resource, {@code lang="fr"}, one heading, high contrast) or, when the client
 * prefers JSON, an {@code application/problem+json} document. Both name the request's id
 * (see {@code fr.clocher.gateway.requestid}), so that a person can quote it. Bodies are
 * rendered once per status and only the id is put in per answer.
 */
@Component
public class ErrorPages {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	/**
	 * Where the request's id goes in a rendered body.
	 */
	private static final String ID_MARK = "\u0000";

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="fr">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%1$s – Clocher</title>
			<style>
			body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;line-height:1.5;background:#f4f4f4;color:#1a1a1a}
			main{max-width:36rem;margin:12vh auto;padding:2rem;background:#fff;border-radius:.5rem}
			h1{font-size:1.6rem;margin-top:0}
			.en{color:#3d3d3d}
			.code{font-size:.95rem;color:#3d3d3d}
			</style>
			</head>
			<body>
			<main>
			<h1>%1$s</h1>
			<p>%2$s</p>
			<p class="en" lang="en">%3$s</p>
			<p class="code">Erreur %4$d%5$s</p>
			</main>
			</body>
			</html>
			""";

	private static final String PROBLEM = """
			{"type":"about:blank","title":"%s","status":%d,"detail":"%s"%s}""";

	private final Map<Integer, Template> pages = new ConcurrentHashMap<>();

	private final Map<Integer, Template> problems = new ConcurrentHashMap<>();

	/**
	 * Writes the error answer for a status, ending the exchange.
	 * @param exchange the exchange, its response not yet committed
	 * @param status the status to answer
	 * @param retryAfter the delay to announce in {@code Retry-After}, or {@code null}
	 * @return completion of the write
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, @Nullable Duration retryAfter) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		HttpHeaders headers = response.getHeaders();
		boolean json = prefersJson(exchange.getRequest());
		String id = RequestIds.of(exchange);
		byte[] body = json
				? this.problems.computeIfAbsent(status.value(), ErrorPages::problem)
					.with((id != null) ? ",\"requestId\":\"" + id + "\"" : "")
				: this.pages.computeIfAbsent(status.value(), ErrorPages::page)
					.with((id != null) ? " – référence " + id : "");
		headers.setContentType(json ? MediaType.APPLICATION_PROBLEM_JSON : HTML);
		headers.setContentLength(body.length);
		headers.setCacheControl("no-store");
		headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (status.value() == 413) {
			// the rest of the body is not read: the client must not reuse the connection
			headers.setConnection("close");
		}
		if (retryAfter != null) {
			long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		}
		if (HttpMethod.HEAD.equals(exchange.getRequest().getMethod())) {
			return response.setComplete();
		}
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	static boolean prefersJson(ServerHttpRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.getHeaders().getAccept();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		double html = 0;
		double json = 0;
		for (MediaType type : accepted) {
			if (type.isWildcardType()) {
				continue;
			}
			double quality = type.getQualityValue();
			if ("text".equals(type.getType()) && (type.isWildcardSubtype() || "html".equals(type.getSubtype()))
					|| "xhtml+xml".equals(type.getSubtype())) {
				html = Math.max(html, quality);
			}
			else if ("json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix())) {
				json = Math.max(json, quality);
			}
		}
		return json > html;
	}

	private static Template page(int status) {
		ErrorPage page = ErrorPage.forStatus(status);
		return Template.split(PAGE.formatted(page.title(), page.message(), page.english(), status, ID_MARK));
	}

	private static Template problem(int status) {
		ErrorPage page = ErrorPage.forStatus(status);
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		return Template.split(PROBLEM.formatted(title, status, page.message(), ID_MARK));
	}

	/**
	 * A rendered body, in two parts around the place of the request's id.
	 *
	 * @param before the bytes before the id
	 * @param after the bytes after it
	 */
	private record Template(byte[] before, byte[] after) {

		static Template split(String rendered) {
			int mark = rendered.indexOf(ID_MARK);
			return new Template(rendered.substring(0, mark).getBytes(StandardCharsets.UTF_8),
					rendered.substring(mark + ID_MARK.length()).getBytes(StandardCharsets.UTF_8));
		}

		byte[] with(String inserted) {
			byte[] middle = inserted.getBytes(StandardCharsets.UTF_8);
			byte[] body = Arrays.copyOf(this.before, this.before.length + middle.length + this.after.length);
			System.arraycopy(middle, 0, body, this.before.length, middle.length);
			System.arraycopy(this.after, 0, body, this.before.length + middle.length, this.after.length);
			return body;
		}

	}

}
