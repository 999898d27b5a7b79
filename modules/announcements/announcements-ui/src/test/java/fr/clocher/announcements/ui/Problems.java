package fr.clocher.announcements.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.clocher.kernel.ui.WorkspaceCommune;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The refusals the in-memory APIs throw, shaped as tenant-service's problem handler
 * writes them (the first field's reason as the detail, {@code code}, {@code field},
 * {@code errors}) and in the language the portal asks for, as the API client receives
 * them.
 */
public final class Problems {

	private final List<String[]> errors = new ArrayList<>();

	/** Refuses a field, with the server's sentence in French and in English. */
	public Problems add(String field, String fr, String en) {
		this.errors.add(new String[] { field, english() ? en : fr });
		return this;
	}

	/** Refuses a blank required text or a missing value. */
	public Problems required(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			add(field, "Ce champ est obligatoire.", "This field is required.");
		}
		return this;
	}

	/** Throws the refusal when a field was refused. */
	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			StringBuilder list = new StringBuilder();
			for (String[] error : this.errors) {
				list.append((list.isEmpty()) ? "" : ",")
					.append("{\"field\":\"%s\",\"reason\":\"%s\"}".formatted(error[0], error[1]));
			}
			throw problem(HttpStatus.BAD_REQUEST, "invalid-request", this.errors.get(0)[1], this.errors.get(0)[0],
					list.toString());
		}
	}

	/** A refusal of one field, as the API client throws it. */
	public static RuntimeException refusal(HttpStatus status, String code, String field, String reason) {
		return problem(status, code, reason, field, "{\"field\":\"%s\",\"reason\":\"%s\"}".formatted(field, reason));
	}

	private static RuntimeException problem(HttpStatus status, String code, String detail, String field,
			String errors) {
		String body = """
				{"type":"urn:clocher:problem:%s","status":%d,"detail":"%s","code":"%s","field":"%s","errors":[%s]}"""
			.formatted(code, status.value(), detail, code, field, errors);
		return HttpClientErrorException.create(status, status.getReasonPhrase(), HttpHeaders.EMPTY,
				body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	private static boolean english() {
		return WorkspaceCommune.locale().equals(Locale.ENGLISH);
	}

}
