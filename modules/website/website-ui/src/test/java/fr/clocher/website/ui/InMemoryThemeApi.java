package fr.clocher.website.ui;

import fr.clocher.website.api.Theme;
import fr.clocher.website.api.ThemeApi;

/**
 * The site's theme in memory.
 */
public class InMemoryThemeApi extends InMemoryDocument<Theme> implements ThemeApi {

	InMemoryThemeApi() {
		super(() -> new Theme(null, null, null));
	}

	@Override
	public Theme theme(String tenant) {
		return this.current;
	}

	@Override
	public Theme updateTheme(String tenant, Theme theme) {
		return save(theme);
	}

}
