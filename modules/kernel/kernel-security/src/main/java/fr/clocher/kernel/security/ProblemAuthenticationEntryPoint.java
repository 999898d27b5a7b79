package fr.clocher.kernel.security;

import java.io.IOException;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refusals by the security filters as problem details in the reader's language, like
 * every other error of the API.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver problems;

	ProblemAuthenticationEntryPoint(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		this.problems.resolveException(request, response, null,
				ApiProblem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authorization",
						LocalizedText.of("Connectez-vous pour accéder à ce service.", "Sign in to use this service.")));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.problems.resolveException(request, response, null,
				ApiProblem.of(HttpStatus.FORBIDDEN, "forbidden", "tenant",
						LocalizedText.of("Vous n'avez pas accès à cette collectivité ou à ce service.",
								"You have no access to this local authority or service.")));
	}

}
