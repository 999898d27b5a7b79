package fr.clocher.directory.service;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.directory.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Commune A cannot read or change commune B's directory: through the API (403 on B's
 * address, 404 for B's ids on A's), on A's site (pages, search, exports), and under plain
 * SQL with the application's role and A's tenant setting. A member commune reads its
 * group's published entries only, and changes none; a commune outside the group reads
 * none.
 */
@DirectoryTest
class DirectoryIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate sql;

	@Autowired
	Communes communes;

	Commune a;

	Commune b;

	String bEntry;

	@BeforeEach
	void twoCommunesAndBsEntry() throws Exception {
		this.a = this.communes.commune();
		this.b = this.communes.commune();
		this.bEntry = this.communes.published(this.b, "commerces", "Boulangerie secrète de B", "Pain de B.");
	}

	@Test
	void asSecretaryCannotReachBsDirectoryThroughTheApi() throws Exception {
		this.mvc.perform(get(api("/entries"), this.b.slug()).with(this.a.secretary()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api("/categories"), this.b.slug()).with(this.a.secretary()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(api("/entries/{id}/unpublish"), this.b.slug(), this.bEntry).with(this.a.secretary()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api("/entries/{id}"), this.a.slug(), this.bEntry).with(this.a.secretary()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("entry-not-found"));
		this.mvc
			.perform(put(api("/entries/{id}"), this.a.slug(), this.bEntry).with(this.a.secretary())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Piraté\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(api("/entries/{id}"), this.a.slug(), this.bEntry).with(this.a.secretary()))
			.andExpect(status().isNotFound());
		this.communes.read(this.a, "/entries?q=boulangerie").andExpect(jsonPath("$.length()").value(0));
		this.communes.read(this.b, "/entries/{id}", this.bEntry)
			.andExpect(jsonPath("$.name").value("Boulangerie secrète de B"));
	}

	@Test
	void asSiteShowsNothingOfB() throws Exception {
		this.communes.site(this.a, "/annuaire/" + this.bEntry).andExpect(status().isNotFound());
		this.communes.site(this.a, "/annuaire/recherche.json", "q", "boulangerie")
			.andExpect(jsonPath("$.results.length()").value(0));
		assertThat(text(this.communes.site(this.a, "/annuaire/donnees.csv"))).doesNotContain("secrète");
		assertThat(text(this.communes.site(this.a, "/annuaire/donnees.json"))).doesNotContain("secrète");
		assertThat(text(this.communes.site(this.b, "/annuaire/donnees.json"))).contains("secrète");
	}

	@Test
	void rowLevelSecurityHidesBsRowsFromAUnderPlainSql() {
		this.sql.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				assertThat(count(statement, "select count(*) from directory_entry")).as("no tenant, no rows").isZero();
				asTenant(statement, this.a.id());
				for (String table : new String[] { "directory_entry", "directory_category", "directory_submission",
						"directory_challenge_used", "directory_proposal_post" }) {
					assertThat(count(statement,
							"select count(*) from " + table + " where tenant_id = '" + this.b.id() + "'"))
						.as(table)
						.isZero();
				}
				assertThat(statement.executeUpdate("update directory_entry set name = 'x'")).isZero();
				assertThat(statement
					.executeUpdate("delete from directory_category where tenant_id = '" + this.b.id() + "'")).isZero();
				statement.execute("rollback");
				asTenant(statement, this.a.id());
				assertThatThrownBy(() -> statement.execute(
						"insert into directory_category (tenant_id, id, name, slug," + " kind, created_at) values ('"
								+ this.b.id() + "', gen_random_uuid(), 'x', 'x'," + " 'ORGANIZATION', now())"))
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("row-level security");
				statement.execute("rollback");
				asTenant(statement, this.b.id());
				assertThat(count(statement, "select count(*) from directory_entry")).isEqualTo(1);
				statement.execute("rollback");
			}
			return null;
		});
	}

	@Test
	void aMemberShowsItsGroupsPublishedEntriesOnlyAndChangesNone() throws Exception {
		Commune group = this.communes.group(this.a);
		assertThat(text(this.communes.site(this.a, "/annuaire"))).as("kept under A's version").doesNotContain("Santé");
		String published = this.communes.published(group, "sante", "Maison de santé intercommunale",
				"Médecins et infirmiers.");
		assertThat(text(this.communes.site(this.a, "/annuaire"))).as("the group's change moved A's version")
			.contains("Santé");
		String draft = this.communes.create(group, Communes.json(java.util.Map.of("name", "Piscine en projet",
				"categoryId", this.communes.category(group, "services-publics"))));
		this.communes.site(this.a, "/annuaire/" + published)
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Annuaire de ")));
		this.communes.site(this.a, "/annuaire/recherche.json", "q", "medecin")
			.andExpect(jsonPath("$.results[0].name").value("Maison de santé intercommunale"));
		this.communes.site(this.a, "/annuaire/" + draft).andExpect(status().isNotFound());
		this.communes.site(this.b, "/annuaire/" + published).andExpect(status().isNotFound());
		this.sql.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				asTenant(statement, this.a.id());
				assertThat(count(statement, "select count(*) from directory_entry where id = '" + published + "'"))
					.isEqualTo(1);
				assertThat(count(statement, "select count(*) from directory_entry where id = '" + draft + "'"))
					.isZero();
				assertThat(statement
					.executeUpdate("update directory_entry set name = 'x' where tenant_id = '" + group.id() + "'"))
					.isZero();
				statement.execute("rollback");
			}
			return null;
		});
	}

	private static String text(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
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
