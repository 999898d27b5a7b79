package fr.clocher.directory.ui;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;

/**
 * What the API client throws when tenant-service refuses: an RFC 9457 problem whose
 * detail and field reasons are already in the secretary's language.
 */
public final class Refusals {

	private Refusals() {
	}

	public static RuntimeException refusal(HttpStatus status, String detail, String field, String reason) {
		return refusal(status, detail, Map.of(field, reason));
	}

	public static RuntimeException refusal(HttpStatus status, String detail, Map<String, String> errors) {
		String list = new LinkedHashMap<>(errors).entrySet()
			.stream()
			.map((error) -> "{\"field\":\"%s\",\"reason\":\"%s\"}".formatted(error.getKey(), error.getValue()))
			.collect(Collectors.joining(","));
		String field = errors.isEmpty() ? "" : errors.keySet().iterator().next();
		String body = """
				{"type":"about:blank","status":%d,"detail":"%s","field":"%s","errors":[%s]}""".formatted(status.value(),
				detail, field, list);
		return HttpClientErrorException.create(status, status.getReasonPhrase(), HttpHeaders.EMPTY,
				body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

}
