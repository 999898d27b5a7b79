package fr.clocher.tenant.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Any page of a public site that does not exist gets the site's 404 page, not a white
 * label error.
 */
@Component
class SiteErrors implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status == HttpStatus.NOT_FOUND) {
			return new ModelAndView("site/not-found", Map.of(), status);
		}
		return null;
	}

}
