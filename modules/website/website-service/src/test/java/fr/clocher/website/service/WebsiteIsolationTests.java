package fr.clocher.website.service;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleTest;
import fr.clocher.kernel.test.host.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.website.service.WebsiteRequests.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Row-level security keeps commune A's website rows from commune B under plain SQL,
 * without any condition of the application's. (Through the API and on the public site:
 * tenant-service's {@code WebsiteIsolationOnSiteTests}.)
 */
@ModuleTest
class WebsiteIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	String a;

	String b;

	@BeforeEach
	void twoCommunesAndAPublishedPageInA() throws Exception {
		this.a = TestTenants.newCommune(this.jdbcClient);
		this.b = TestTenants.newCommune(this.jdbcClient);
		String created = this.mvc
			.perform(post(api("/pages"), this.a).with(TestTokens.secretaryOf(this.a))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Secret de A\",\"slug\":\"fete\",\"body\":\"<p>Seulement chez A</p>\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		this.mvc.perform(post(api("/pages/{id}/publish"), this.a, id).with(TestTokens.secretaryOf(this.a)))
			.andExpect(status().isOk());
	}

	@Test
	void rowLevelSecurityHidesAsRowsFromBWithoutAnyCondition() {
		assertThat(this.jdbc.queryForObject("select count(*) from website_page", Integer.class)).isZero();
		String b = this.jdbc.queryForObject("select id::text from tenant where slug = ?", String.class, this.b);
		String a = this.jdbc.queryForObject("select id::text from tenant where slug = ?", String.class, this.a);
		this.jdbc.execute((java.sql.Connection connection) -> {
			try (var statement = connection.createStatement()) {
				statement.execute("begin");
				statement.execute("select set_config('clocher.tenant_id', '" + b + "', true)");
				for (String table : new String[] { "website_page", "website_document", "website_file",
						"site_version" }) {
					try (var rows = statement
						.executeQuery("select count(*) from " + table + " where tenant_id = '" + a + "'")) {
						rows.next();
						assertThat(rows.getInt(1)).as(table).isZero();
					}
				}
				try (var rows = statement.executeQuery("select count(*) from website_page")) {
					rows.next();
					assertThat(rows.getInt(1)).isZero();
				}
				assertThat(statement.executeUpdate("update website_page set title = 'x'")).isZero();
				statement.execute("rollback");
				statement.execute("begin");
				statement.execute("select set_config('clocher.tenant_id', '" + a + "', true)");
				try (var rows = statement.executeQuery("select count(*) from website_page")) {
					rows.next();
					assertThat(rows.getInt(1)).isEqualTo(1);
				}
				statement.execute("rollback");
			}
			return null;
		});
	}

}
