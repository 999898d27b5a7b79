package fr.clocher.website.ui;

import fr.clocher.website.api.Menu;
import fr.clocher.website.api.MenuApi;

/**
 * The site's menu in memory.
 */
public class InMemoryMenuApi extends InMemoryDocument<Menu> implements MenuApi {

	InMemoryMenuApi() {
		super(() -> new Menu(null));
	}

	@Override
	public Menu menu(String tenant) {
		return this.current;
	}

	@Override
	public Menu updateMenu(String tenant, Menu menu) {
		return save(menu);
	}

}
