package fr.clocher.kernel.site.web;

import fr.clocher.kernel.problem.DatabaseUnavailable;
import fr.clocher.kernel.problem.ProblemHandler;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page, for what is refused or fails outside any handler (a malformed address
 * the firewall rejects, an address nothing answers, a failure in a filter): on the API an
 * RFC 9457 problem detail, as every other refusal of the API; anywhere else a plain page
 * of the public sites, in French, whatever the reader accepts. Never a stack trace nor a
 * white label page.
 */
@Controller
class SiteErrors implements ErrorController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final FrameRenderer frame;

	private final ProblemHandler problems;

	SiteErrors(FrameRenderer frame, ProblemHandler problems) {
		this.frame = frame;
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<?> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
				&& (uri.equals("/api") || uri.startsWith("/api/"))) {
			ResponseEntity<?> problem = this.problems.forStatus(status, request);
			return (status != HttpStatus.SERVICE_UNAVAILABLE) ? problem
					: ResponseEntity.status(status)
						.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
						.body(problem.getBody());
		}
		String page = (status == HttpStatus.NOT_FOUND) ? this.frame.unknown()
				: status.is4xxClientError() ? this.frame.badRequest() : this.frame.failure();
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		}
		return answer.cacheControl(CacheControl.noStore()).contentType(HTML).body(page);
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseUnavailable.causes(failure)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
			HttpStatus status = HttpStatus.resolve(code);
			if (status != null && status.isError()) {
				return status;
			}
			return (code >= 400 && code < 500) ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		// Asked for directly: there is nothing at this address.
		return HttpStatus.NOT_FOUND;
	}

}
