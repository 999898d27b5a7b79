package fr.clocher.kernel.module;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one guard: an endpoint of a module answers 404 unless the current tenant has
 * enabled that module.
 */
class ModuleGuard implements HandlerInterceptor {

	private final ModuleActivations activations;

	ModuleGuard(ModuleActivations activations) {
		this.activations = activations;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			ModuleEndpoint endpoint = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(),
					ModuleEndpoint.class);
			if (endpoint != null && !this.activations.isEnabled(endpoint.value())) {
				throw ApiProblem.notFound("module-not-enabled", "moduleKey",
						LocalizedText.of("Ce service n'est pas activé pour cette collectivité.",
								"This service is not enabled for this local authority."));
			}
		}
		return true;
	}

}
