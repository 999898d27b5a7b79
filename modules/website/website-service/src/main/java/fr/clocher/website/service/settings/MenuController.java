package fr.clocher.website.service.settings;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.website.api.Menu;
import fr.clocher.website.api.MenuApi;
import fr.clocher.website.api.Website;

import org.springframework.web.bind.annotation.RestController;

/**
 * The site's menu over HTTP, saved whole.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class MenuController implements MenuApi {

	private final MenuSettings menu;

	MenuController(MenuSettings menu) {
		this.menu = menu;
	}

	@Override
	public Menu menu(String tenant) {
		return this.menu.get();
	}

	@Override
	public Menu updateMenu(String tenant, Menu menu) {
		return this.menu.update(menu);
	}

}
