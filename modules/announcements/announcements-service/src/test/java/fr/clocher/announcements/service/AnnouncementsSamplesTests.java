package fr.clocher.announcements.service;

import java.util.List;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.kernel.site.SiteSamples;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The samples seed a commune (switching the module on, as its secretary would) through
 * the module's own checks, and each sample is a page of its site under the heading it
 * names, with the alert band; tenant-service runs axe-core on them.
 */
@AnnouncementsTest
class AnnouncementsSamplesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantDirectory directory;

	@Autowired
	TenantWork work;

	@Autowired
	List<SiteSamples> samples;

	@Test
	void everySampleIsAPageOfTheSeededCommune() throws Exception {
		TenantRef commune = this.directory.bySlug(TestTenants.newCommune(this.jdbc)).orElseThrow();
		SiteSamples announcements = this.samples.stream()
			.filter((module) -> Announcements.KEY.equals(module.moduleKey()))
			.findFirst()
			.orElseThrow();

		this.work.runInTenant(commune.id(), () -> announcements.seed(commune));

		assertThat(announcements.samples(commune)).hasSize(6);
		for (var sample : announcements.samples(commune)) {
			String html = this.mvc.perform(get("http://" + commune.slug() + ".clocher.test" + sample.path()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(HtmlUtils.htmlUnescape(html)).as(sample.path())
				.contains("<h1>" + sample.heading() + "</h1>")
				.contains("class=\"ann-alert-band\"");
		}
	}

}
