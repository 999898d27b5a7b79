package fr.clocher.tenant.site;

import java.util.Map;
import java.util.Optional;

import fr.clocher.kernel.tenancy.TenantRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A commune's public home page, reached by its host or by {@code /c/{slug}/}.
 */
@Controller
class SiteController {

	@GetMapping({ "/", "/c/{slug}", "/c/{slug}/" })
	ModelAndView home(HttpServletRequest request, HttpServletResponse response) {
		Optional<TenantRef> tenant = TenantRef.of(request);
		if (tenant.isEmpty()) {
			return page("site/not-found", HttpStatus.NOT_FOUND, Map.of());
		}
		if (!tenant.get().active()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
			return page("site/unavailable", HttpStatus.SERVICE_UNAVAILABLE, Map.of("name", tenant.get().name()));
		}
		return page("site/home", HttpStatus.OK,
				Map.of("name", tenant.get().name(), "kind", tenant.get().kind().label().fr()));
	}

	private static ModelAndView page(String view, HttpStatus status, Map<String, ?> model) {
		ModelAndView page = new ModelAndView(view, model);
		page.setStatus(status);
		return page;
	}

}
