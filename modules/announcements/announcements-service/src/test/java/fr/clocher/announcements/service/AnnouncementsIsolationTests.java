package fr.clocher.announcements.service;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.announcements.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Commune A cannot read or change commune B's announcements: through the API (403 on B's
 * address, 404 for B's ids on A's), and under plain SQL with the application's role and
 * A's tenant setting, without any condition of the application's. A member commune reads
 * its group's public rows only (not its drafts), and changes none; a commune outside the
 * group reads none.
 */
@AnnouncementsTest
class AnnouncementsIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate sql;

	@Autowired
	MutableClock clock;

	@Autowired
	Communes communes;

	Commune a;

	Commune b;

	String bNews;

	@BeforeEach
	void twoCommunesAndBsAnnouncements() throws Exception {
		this.a = this.communes.commune();
		this.b = this.communes.commune();
		this.bNews = this.communes.published(this.b, "/news", "{\"title\":\"Secret de B\"}");
		this.communes.create(this.b, "/alerts",
				"{\"what\":\"Alerte de B\",\"until\":\"" + this.clock.instant().plus(Duration.ofDays(1)) + "\"}");
		String image = JsonPath.read(this.mvc
			.perform(post(api("/images"), this.b.slug()).param("alt", "Image de B")
				.with(this.b.secretary())
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(Pictures.png(8, 8)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		assertThat(image).isNotNull();
		this.communes.site(this.b, "/annonces/lu/" + this.bNews + ".gif").andExpect(status().isOk());
	}

	@Test
	void asSecretaryCannotReachBsAnnouncementsThroughTheApi() throws Exception {
		this.mvc.perform(get(api("/news"), this.b.slug()).with(this.a.secretary())).andExpect(status().isForbidden());
		this.mvc.perform(get(api("/news/{id}"), this.b.slug(), this.bNews).with(this.a.secretary()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(api("/news/{id}/unpublish"), this.b.slug(), this.bNews).with(this.a.secretary()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api("/news/{id}"), this.a.slug(), this.bNews).with(this.a.secretary()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("news-not-found"));
		this.mvc
			.perform(put(api("/news/{id}"), this.a.slug(), this.bNews).with(this.a.secretary())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Piraté\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(api("/news/{id}/archive"), this.a.slug(), this.bNews).with(this.a.secretary()))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(api("/news/{id}"), this.a.slug(), this.bNews).with(this.a.secretary()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(api("/news"), this.a.slug()).with(this.a.secretary()))
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get(api("/news/{id}"), this.b.slug(), this.bNews).with(this.b.secretary()))
			.andExpect(jsonPath("$.title").value("Secret de B"))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.communes.site(this.a, "/actualites/" + this.bNews).andExpect(status().isNotFound());
	}

	@Test
	void rowLevelSecurityHidesBsRowsFromAUnderPlainSql() {
		this.sql.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				assertThat(count(statement, "select count(*) from announcement")).as("no tenant, no rows").isZero();
				asTenant(statement, this.a.id());
				for (String table : new String[] { "announcement", "announcement_image", "announcement_hidden",
						"announcement_read" }) {
					assertThat(count(statement,
							"select count(*) from " + table + " where tenant_id = '" + this.b.id() + "'"))
						.as(table)
						.isZero();
				}
				assertThat(statement.executeUpdate("update announcement set title = 'x'")).isZero();
				assertThat(statement.executeUpdate("delete from announcement_image")).isZero();
				statement.execute("rollback");
				asTenant(statement, this.a.id());
				assertThatThrownBy(() -> statement.execute("insert into announcement (tenant_id, id, kind, title,"
						+ " status, created_at, updated_at) values ('" + this.b.id() + "', gen_random_uuid(), 'NEWS',"
						+ " 'x', 'DRAFT', now(), now())"))
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("row-level security");
				statement.execute("rollback");
				asTenant(statement, this.a.id());
				assertThat(statement.executeUpdate("update announcement_read set reads = reads + 100")).isZero();
				assertThatThrownBy(() -> statement
					.execute("insert into announcement_read (tenant_id," + " announcement_id, day, reads) values ('"
							+ this.b.id() + "', '" + this.bNews + "', current_date, 1000)"))
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("row-level security");
				statement.execute("rollback");
				asTenant(statement, this.b.id());
				assertThat(count(statement, "select count(*) from announcement")).isEqualTo(2);
				assertThat(count(statement, "select sum(reads) from announcement_read")).isEqualTo(1);
				assertThat(count(statement, "select count(*) from announcement_image")).isEqualTo(1);
				statement.execute("rollback");
			}
			return null;
		});
	}

	@Test
	void aMemberReadsItsGroupsPublicRowsOnlyAndChangesNoneAndAnOutsiderReadsNone() throws Exception {
		Commune group = this.communes.group(this.a);
		String published = this.communes.published(group, "/news", "{\"title\":\"Publique\"}");
		String draft = this.communes.create(group, "/news", "{\"title\":\"Brouillon\"}");
		this.sql.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				asTenant(statement, this.a.id());
				assertThat(count(statement, "select count(*) from announcement where id = '" + published + "'"))
					.isEqualTo(1);
				assertThat(count(statement, "select count(*) from announcement where id = '" + draft + "'")).isZero();
				assertThat(statement
					.executeUpdate("update announcement set title = 'x' where tenant_id = '" + group.id() + "'"))
					.isZero();
				assertThat(statement.executeUpdate("delete from announcement where tenant_id = '" + group.id() + "'"))
					.isZero();
				statement.execute("rollback");
				asTenant(statement, this.b.id());
				assertThat(count(statement, "select count(*) from announcement where tenant_id = '" + group.id() + "'"))
					.isZero();
				statement.execute("rollback");
			}
			return null;
		});
		this.communes.site(this.b, "/actualites/" + published).andExpect(status().isNotFound());
		this.communes.site(this.a, "/actualites/" + published).andExpect(status().isOk());
		this.communes.site(this.a, "/actualites/" + draft).andExpect(status().isNotFound());
	}

	private static void asTenant(Statement statement, UUID tenant) throws SQLException {
		statement.execute("begin");
		statement.execute("select set_config('clocher.tenant_id', '" + tenant + "', true)");
	}

	private static int count(Statement statement, String query) throws SQLException {
		try (var rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
