package fr.clocher.kernel.ui;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A failed call to tenant-service as a person should read it: tenant-service answers with
 * a problem detail already in her language, naming the refused fields; anything else
 * becomes a plain sentence from kernel-ui's bundle ({@code kernel.error.*}), never a
 * stack trace.
 *
 * @param status the HTTP status, 0 when tenant-service could not be reached
 * @param message the sentence to show
 * @param fields the refused fields and why, by field name (as the API names them)
 */
public record ApiError(int status, String message, Map<String, String> fields) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Reads a failure in the session's language (French when there is no session).
	 * @param failure what the API client threw
	 * @return the readable error
	 */
	public static ApiError of(RuntimeException failure) {
		return of(failure, WorkspaceCommune.locale());
	}

	/**
	 * Reads a failure.
	 * @param failure what the API client threw
	 * @param locale the reader's language, for messages tenant-service did not write
	 * @return the readable error
	 */
	public static ApiError of(RuntimeException failure, Locale locale) {
		// Proxies and interceptors may wrap the client's exception: read the whole chain.
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RestClientResponseException response) {
				return fromResponse(response, locale);
			}
			if (cause instanceof ResourceAccessException || cause instanceof ConnectException) {
				return new ApiError(0, translate(locale, "kernel.error.unreachable"), Map.of());
			}
		}
		return new ApiError(500, translate(locale, "kernel.error.unexpected", "500"), Map.of());
	}

	/** The reason given for one field, if it was refused. */
	public String field(String name) {
		return this.fields.get(name);
	}

	private static ApiError fromResponse(RestClientResponseException response, Locale locale) {
		int status = response.getStatusCode().value();
		JsonNode problem = readProblem(response.getResponseBodyAsString());
		Map<String, String> fields = new LinkedHashMap<>();
		if (problem != null && problem.path("errors").isArray()) {
			for (JsonNode error : problem.path("errors")) {
				fields.putIfAbsent(error.path("field").asString(""), error.path("reason").asString(""));
			}
		}
		String detail = (problem != null) ? problem.path("detail").asString("") : "";
		if (!detail.isBlank()) {
			return new ApiError(status, detail, Map.copyOf(fields));
		}
		String fallback = switch (status) {
			case 401 -> translate(locale, "kernel.error.signed-out");
			case 403 -> translate(locale, "kernel.error.forbidden");
			default -> translate(locale, "kernel.error.unexpected", String.valueOf(status));
		};
		return new ApiError(status, fallback, Map.copyOf(fields));
	}

	private static JsonNode readProblem(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode node = JSON.readTree(body);
			return node.isObject() ? node : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
