package fr.clocher.kernel.site.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Template;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteTemplates;

import org.springframework.stereotype.Component;

/**
 * What a site tells search engines: {@code robots.txt}, which allows everything and names
 * the sitemap, and {@code sitemap.xml}, the pages of every module the commune has on, at
 * their canonical addresses.
 */
@Component
class SiteIndex {

	private final SiteModules modules;

	private final Template robots;

	private final Template sitemap;

	SiteIndex(SiteModules modules, SiteTemplates templates) {
		this.modules = modules;
		this.robots = templates.template("site/robots");
		this.sitemap = templates.template("site/sitemap");
	}

	String robots(SiteRequest site) {
		return this.robots.execute(Map.of("sitemap", site.canonical("/sitemap.xml")));
	}

	String sitemap(SiteRequest site) {
		List<Map<String, Object>> urls = this.modules.sitemap(site).stream().map((entry) -> {
			Map<String, Object> url = new HashMap<>();
			url.put("loc", site.canonical(entry.path()));
			if (entry.lastModified() != null) {
				url.put("lastmod", entry.lastModified().atZone(Paris.ZONE).toLocalDate().toString());
			}
			return url;
		}).toList();
		return this.sitemap.execute(Map.of("urls", urls));
	}

}
