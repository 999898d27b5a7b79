package fr.clocher.website.service.settings;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.website.api.Theme;
import fr.clocher.website.api.ThemeApi;
import fr.clocher.website.api.Website;

import org.springframework.web.bind.annotation.RestController;

/**
 * The site's theme over HTTP, its colour checked for contrast.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class ThemeController implements ThemeApi {

	private final ThemeSettings theme;

	ThemeController(ThemeSettings theme) {
		this.theme = theme;
	}

	@Override
	public Theme theme(String tenant) {
		return this.theme.get();
	}

	@Override
	public Theme updateTheme(String tenant, Theme theme) {
		return this.theme.update(theme);
	}

}
