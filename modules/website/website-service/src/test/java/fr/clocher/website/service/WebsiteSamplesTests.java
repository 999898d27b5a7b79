package fr.clocher.website.service;

import java.util.List;
import java.util.Map;

import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteSamples;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The website's samples seed a commune through its own checks, and each sample is one of
 * its pages under the heading it names; tenant-service runs axe-core on them.
 */
@ModuleTest
class WebsiteSamplesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantDirectory directory;

	@Autowired
	TenantWork work;

	@Autowired
	List<SiteSamples> samples;

	@Autowired
	List<SitePages> pages;

	@Test
	void everySampleIsAPageOfTheSeededCommune() {
		TenantRef commune = this.directory.bySlug(TestTenants.newCommune(this.jdbc)).orElseThrow();
		SiteSamples website = this.samples.stream()
			.filter((module) -> WebsiteModule.KEY.equals(module.moduleKey()))
			.findFirst()
			.orElseThrow();
		SitePages site = this.pages.stream()
			.filter((module) -> WebsiteModule.KEY.equals(module.moduleKey()))
			.findFirst()
			.orElseThrow();

		this.work.runInTenant(commune.id(), () -> website.seed(commune));

		assertThat(website.samples(commune)).isNotEmpty().allSatisfy((sample) -> {
			SiteRequest request = new SiteRequest(commune, sample.path(), "", "https://commune.example", Map.of());
			var content = this.work.inTenant(commune.id(), () -> site.find(request));
			assertThat(content).as(sample.path())
				.get()
				.isInstanceOfSatisfying(SitePage.class, (page) -> assertThat(HtmlUtils.htmlUnescape(page.bodyHtml()))
					.contains("<h1>" + sample.heading()));
		});
	}

}
