package fr.clocher.kernel.site.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * One answer of a public site, complete in memory before anything is written, so that it
 * can be kept and served again.
 *
 * @param status the status
 * @param cacheControl the {@code Cache-Control} header, or null to keep the one already
 * set
 * @param contentType the media type
 * @param contentDisposition the {@code Content-Disposition} header of a file, or null
 * @param body the bytes
 */
record SiteAnswer(HttpStatus status, String cacheControl, String contentType, String contentDisposition, byte[] body) {

	static SiteAnswer html(HttpStatus status, String cacheControl, String html) {
		return text(status, cacheControl, "text/html;charset=UTF-8", html);
	}

	static SiteAnswer text(HttpStatus status, String cacheControl, String contentType, String text) {
		return new SiteAnswer(status, cacheControl, contentType, null, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether the next reader of the same address may be given this answer as it is. */
	boolean reusable() {
		return this.status == HttpStatus.OK && this.contentDisposition == null;
	}

	void write(HttpServletResponse response) throws IOException {
		response.setStatus(this.status.value());
		if (this.cacheControl != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		}
		if (this.contentDisposition != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, this.contentDisposition);
		}
		response.setContentType(this.contentType);
		response.setContentLength(this.body.length);
		response.getOutputStream().write(this.body);
	}

}
