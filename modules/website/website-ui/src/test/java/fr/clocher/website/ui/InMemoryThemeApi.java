package fr.clocher.website.ui;

import java.util.ArrayList;
import java.util.List;

import fr.clocher.website.api.Theme;
import fr.clocher.website.api.ThemeApi;

/**
 * The site's theme in memory. It checks nothing itself: a test sets the refusal the
 * server would give.
 */
public class InMemoryThemeApi implements ThemeApi {

	public Theme theme;

	public final List<Theme> saved = new ArrayList<>();

	public RuntimeException failure;

	void reset() {
		this.theme = new Theme(null, null, null);
		this.saved.clear();
		this.failure = null;
	}

	@Override
	public Theme theme(String tenant) {
		return this.theme;
	}

	@Override
	public Theme updateTheme(String tenant, Theme theme) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.saved.add(theme);
		this.theme = theme;
		return theme;
	}

}
