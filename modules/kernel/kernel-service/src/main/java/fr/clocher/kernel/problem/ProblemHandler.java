package fr.clocher.kernel.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.tenancy.NoTenantException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
		return render(problem, ReaderLanguage.of(request));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		List<FieldProblem> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), ValidationMessages.reason(error)))
			.toList();
		return render(new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
				LocalizedText.of("La demande contient des champs invalides.", "The request has invalid fields."),
				fields), ReaderLanguage.of(request));
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
		return render(new ApiProblem(
				HttpStatus.BAD_REQUEST, "invalid-request", LocalizedText
					.of("La demande contient des paramètres invalides.", "The request has invalid parameters."),
				fields), ReaderLanguage.of(request));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return render(ApiProblem.badRequest("invalid-parameter", ex.getName(),
				LocalizedText.of("Valeur invalide pour « %s ».", "Invalid value for '%s'.").formatted(ex.getName())),
				ReaderLanguage.of(request));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return render(
				ApiProblem.badRequest("unreadable-body", "body", LocalizedText
					.of("Le corps de la demande n'est pas un JSON valide.", "The request body is not valid JSON.")),
				ReaderLanguage.of(request));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		return render(
				ApiProblem.notFound("not-found", "path",
						LocalizedText.of("Cette adresse n'existe pas.", "There is nothing at this address.")),
				ReaderLanguage.of(request));
	}

	@ExceptionHandler(NoTenantException.class)
	ResponseEntity<ProblemDetail> noTenant(NoTenantException ex, HttpServletRequest request) {
		return render(
				ApiProblem.notFound("unknown-tenant", "tenant",
						LocalizedText.of("Aucune collectivité n'est désignée.", "No local authority is named.")),
				ReaderLanguage.of(request));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex, HttpServletRequest request) {
		log.info("Refused a write that breaks a constraint: {}", ex.getMostSpecificCause().getMessage());
		return render(
				new ApiProblem(HttpStatus.CONFLICT, "conflict", LocalizedText.of(
						"Cette modification entre en conflit avec des données existantes ; rien n'a été enregistré.",
						"This change conflicts with existing data; nothing was saved."), List.of()),
				ReaderLanguage.of(request));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof org.springframework.web.ErrorResponse response) {
			ProblemDetail body = response.getBody();
			return ResponseEntity.status(response.getStatusCode()).body(body);
		}
		log.error("Unexpected error", ex);
		return render(
				new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
						LocalizedText.of("Une erreur inattendue est survenue ; elle a été enregistrée.",
								"An unexpected error occurred; it has been logged."),
						List.of()),
				ReaderLanguage.of(request));
	}

	static ResponseEntity<ProblemDetail> render(ApiProblem problem, Locale locale) {
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
		return ResponseEntity.status(problem.status()).body(body);
	}

}
