package fr.clocher.website.service.settings;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.website.api.HomeApi;
import fr.clocher.website.api.HomeContent;
import fr.clocher.website.api.Website;

import org.springframework.web.bind.annotation.RestController;

/**
 * The home page's welcome text and quick links over HTTP.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class HomeController implements HomeApi {

	private final HomeSettings home;

	HomeController(HomeSettings home) {
		this.home = home;
	}

	@Override
	public HomeContent home(String tenant) {
		return this.home.get();
	}

	@Override
	public HomeContent updateHome(String tenant, HomeContent home) {
		return this.home.update(home);
	}

}
