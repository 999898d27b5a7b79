package fr.clocher.kernel.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.tenancy.NoTenantException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refused request into an RFC 9457 problem detail in the reader's language.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {

	/**
	 * Where the request id the gateway sends ({@code X-Request-Id}) is kept for the
	 * request: the logging context's key, and the problem detail's property.
	 */
	public static final String REQUEST_ID = "requestId";

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private static final LocalizedText NOT_FOUND = LocalizedText.of("Cette adresse n'existe pas.",
			"There is nothing at this address.");

	private static final LocalizedText UNAVAILABLE = LocalizedText.of(
			"Le service est momentanément indisponible ; réessayez dans quelques secondes.",
			"The service is briefly unavailable; try again in a few seconds.");

	private static final LocalizedText UNEXPECTED = LocalizedText.of(
			"Une erreur inattendue est survenue ; elle a été enregistrée.",
			"An unexpected error occurred; it has been logged.");

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
		return answer(problem, request);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		List<FieldProblem> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), ValidationMessages.reason(error)))
			.toList();
		return answer(new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
				LocalizedText.of("La demande contient des champs invalides.", "The request has invalid fields."),
				fields), request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<FieldProblem> fields = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
						(error instanceof FieldError fieldError) ? ValidationMessages.reason(fieldError)
								: LocalizedText.of("Valeur invalide.", "Invalid value."))))
			.toList();
		return answer(new ApiProblem(
				HttpStatus.BAD_REQUEST, "invalid-request", LocalizedText
					.of("La demande contient des paramètres invalides.", "The request has invalid parameters."),
				fields), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return answer(ApiProblem.badRequest("invalid-parameter", ex.getName(),
				LocalizedText.of("Valeur invalide pour « %s ».", "Invalid value for '%s'.").formatted(ex.getName())),
				request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return answer(
				ApiProblem.badRequest("unreadable-body", "body", LocalizedText
					.of("Le corps de la demande n'est pas un JSON valide.", "The request body is not valid JSON.")),
				request);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		return answer(ApiProblem.notFound("not-found", "path", NOT_FOUND), request);
	}

	@ExceptionHandler(NoTenantException.class)
	ResponseEntity<ProblemDetail> noTenant(NoTenantException ex, HttpServletRequest request) {
		return answer(
				ApiProblem.notFound("unknown-tenant", "tenant",
						LocalizedText.of("Aucune collectivité n'est désignée.", "No local authority is named.")),
				request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex, HttpServletRequest request) {
		log.info("Refused a write that breaks a constraint: {}", ex.getMostSpecificCause().getMessage());
		return answer(new ApiProblem(HttpStatus.CONFLICT, "conflict",
				LocalizedText.of(
						"Cette modification entre en conflit avec des données existantes ; rien n'a été enregistré.",
						"This change conflicts with existing data; nothing was saved."),
				List.of()), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof org.springframework.web.ErrorResponse response) {
			logRefusal(request, response.getStatusCode(), String.valueOf(response.getBody().getType()));
			return ResponseEntity.status(response.getStatusCode()).body(withRequestId(response.getBody()));
		}
		if (DatabaseUnavailable.causes(ex)) {
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), requested(request), ex.getMessage());
			ResponseEntity<ProblemDetail> answer = answer(
					new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", UNAVAILABLE, List.of()),
					request);
			return ResponseEntity.status(answer.getStatusCode())
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
				.body(answer.getBody());
		}
		log.error("Unexpected error", ex);
		return answer(new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", UNEXPECTED, List.of()),
				request);
	}

	/**
	 * The problem for a request refused before or outside any handler, by its status
	 * alone (a malformed address, a method the address does not take, a failure in a
	 * filter).
	 */
	public ResponseEntity<ProblemDetail> forStatus(HttpStatusCode status, HttpServletRequest request) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			known = status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ApiProblem problem = switch (known) {
			case BAD_REQUEST -> new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request",
					LocalizedText.of("Cette demande est mal formée.", "This request is malformed."), List.of());
			case NOT_FOUND -> ApiProblem.notFound("not-found", "path", NOT_FOUND);
			case METHOD_NOT_ALLOWED -> new ApiProblem(
					HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", LocalizedText
						.of("Cette adresse n'accepte pas cette méthode.", "This address does not accept this method."),
					List.of());
			case SERVICE_UNAVAILABLE -> new ApiProblem(known, "service-unavailable", UNAVAILABLE, List.of());
			default -> known.is5xxServerError() ? new ApiProblem(known, "internal-error", UNEXPECTED, List.of())
					: new ApiProblem(known, "refused",
							LocalizedText.of("Cette demande est refusée.", "This request is refused."), List.of());
		};
		ResponseEntity<ProblemDetail> answer = answer(problem, request);
		try {
			answer.getBody().setInstance(URI.create(requested(request)));
		}
		catch (IllegalArgumentException ex) {
			// Not an address: the instance is left out.
		}
		return answer;
	}

	/**
	 * The problem detail of a refusal, in the reader's language, with the gateway's
	 * request id; logged (with that id) so that a refusal a reader reports can be found.
	 */
	ResponseEntity<ProblemDetail> answer(ApiProblem problem, HttpServletRequest request) {
		logRefusal(request, problem.status(), problem.code());
		Locale locale = ReaderLanguage.of(request);
		ProblemDetail body = ProblemDetail.forStatus(problem.status());
		body.setType(URI.create("urn:clocher:problem:" + problem.code()));
		body.setTitle(problem.title().in(locale));
		body.setDetail(
				problem.fields().isEmpty() ? problem.title().in(locale) : problem.fields().get(0).reason().in(locale));
		body.setProperty("code", problem.code());
		if (!problem.fields().isEmpty()) {
			body.setProperty("field", problem.fields().get(0).field());
			body.setProperty("errors",
					problem.fields()
						.stream()
						.map((field) -> Map.of("field", field.field(), "reason", field.reason().in(locale)))
						.toList());
		}
		return ResponseEntity.status(problem.status()).body(withRequestId(body));
	}

	private static ProblemDetail withRequestId(ProblemDetail body) {
		String requestId = MDC.get(REQUEST_ID);
		if (requestId != null) {
			body.setProperty(REQUEST_ID, requestId);
		}
		return body;
	}

	private static void logRefusal(HttpServletRequest request, HttpStatusCode status, String code) {
		if (status.is4xxClientError()) {
			String uri = requested(request);
			log.info("Refused {} {}: {} {}", request.getMethod(),
					(uri.length() <= 200) ? uri : uri.substring(0, 200) + "…", status.value(), code);
		}
	}

	/** The address the reader asked for, also on the error page. */
	private static String requested(HttpServletRequest request) {
		return (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) ? original
				: request.getRequestURI();
	}

}
