package fr.clocher.kernel.problem;

import java.util.List;

import fr.clocher.kernel.api.LocalizedText;

import org.springframework.http.HttpStatus;

/**
 * A request the platform refuses for a reason the caller can act on. Thrown anywhere in a
 * request, it becomes a problem detail naming the field and the reason.
 *
 * @see ProblemHandler
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final LocalizedText title;

	private final List<FieldProblem> fields;

	public ApiProblem(HttpStatus status, String code, LocalizedText title, List<FieldProblem> fields) {
		super(code + ": " + title.en());
		this.status = status;
		this.code = code;
		this.title = title;
		this.fields = List.copyOf(fields);
	}

	public static ApiProblem of(HttpStatus status, String code, String field, LocalizedText reason) {
		return new ApiProblem(status, code, reason, List.of(new FieldProblem(field, reason)));
	}

	public static ApiProblem notFound(String code, String field, LocalizedText reason) {
		return of(HttpStatus.NOT_FOUND, code, field, reason);
	}

	public static ApiProblem badRequest(String code, String field, LocalizedText reason) {
		return of(HttpStatus.BAD_REQUEST, code, field, reason);
	}

	public static ApiProblem conflict(String code, String field, LocalizedText reason) {
		return of(HttpStatus.CONFLICT, code, field, reason);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public LocalizedText title() {
		return this.title;
	}

	public List<FieldProblem> fields() {
		return this.fields;
	}

}
