package fr.clocher.tenant.workspace;

import java.util.Iterator;
import java.util.List;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.TestCommunes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.tenant.TestCommunes.secretaryOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A secretary's workspace API: her commune's profile, its modules switched on and off
 * with their settings, and the changes recorded — for her commune only.
 */
@IntegrationTest
@AutoConfigureMockMvc
class WorkspaceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private static final Iterator<String> INSEE_CODES = List
		.of("04001", "04004", "04005", "04006", "04007", "04008", "04009", "04012", "04013", "04016", "04017", "04018")
		.iterator();

	String aiglun;

	String other;

	@BeforeEach
	void twoFreshCommunes() throws Exception {
		this.aiglun = onboard();
		this.other = onboard();
	}

	private String onboard() throws Exception {
		return TestCommunes.onboard(this.mvc, nextInseeCode());
	}

	private static synchronized String nextInseeCode() {
		return INSEE_CODES.next();
	}

	@Test
	void aSecretarySeesHerCommuneAndItsSite() throws Exception {
		this.mvc.perform(get("/api/tenants/{t}", this.aiglun).with(secretaryOf(this.aiglun)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value(this.aiglun))
			.andExpect(jsonPath("$.kind").value("COMMUNE"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.siteUrl").value("http://" + this.aiglun + ".clocher.localhost:8080/"));
	}

	@Test
	void switchingAModuleIsRecordedWithWhoAndWhat() throws Exception {
		this.mvc.perform(get("/api/tenants/{t}/modules", this.aiglun).with(secretaryOf(this.aiglun)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.module.key == 'notes')].enabled").value(false));
		switchNotes(this.aiglun, "{\"enabled\":true,\"settings\":{\"maxNotes\":50}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.settings.maxNotes").value(50));
		switchNotes(this.aiglun, "{\"enabled\":false}").andExpect(status().isOk());

		this.mvc.perform(get("/api/tenants/{t}/changes?limit=10", this.aiglun).with(secretaryOf(this.aiglun)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].actor").value(TestCommunes.SECRETARY_USERNAME))
			.andExpect(jsonPath("$[0].actorId").value(TestCommunes.SECRETARY_ID))
			.andExpect(jsonPath("$[0].what.fr").value("Module « Notes » désactivé"))
			.andExpect(jsonPath("$[1].what.fr").value("Module « Notes » activé"))
			.andExpect(jsonPath("$[1].what.en").value("Module 'Notes' switched on"));
		assertThat(this.jdbc.queryForObject(
				"select module_switches::text from tenant where slug = ? and last_activity_at is not null",
				String.class, this.aiglun))
			.isEqualTo("{\"notes\": false}");
	}

	@Test
	void theChangeLogNamesThePersonByHerIdAndUsernameNeverByTheNameSheEdits() throws Exception {
		JwtRequestPostProcessor renamed = jwt()
			.jwt((token) -> token.subject("0f6c2b9e-7d41-4a35-8e52-3b9d1a7c6e24")
				.claim("preferred_username", "secretariat@aiglun.test")
				.claim("name", "Le Maire")
				.claim("given_name", "Le")
				.claim("family_name", "Maire")
				.claim("email", "le.maire@aiglun.test")
				.claim("organization", List.of(this.aiglun)))
			.authorities(new SimpleGrantedAuthority("ROLE_secretary"));
		this.mvc
			.perform(put("/api/tenants/{t}/modules/notes", this.aiglun).with(renamed)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\":true}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/tenants/{t}/changes?limit=10", this.aiglun).with(renamed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].actor").value("secretariat@aiglun.test"))
			.andExpect(jsonPath("$[0].actorId").value("0f6c2b9e-7d41-4a35-8e52-3b9d1a7c6e24"))
			.andExpect(content().string(not(containsString("Maire"))));
		assertThat(this.jdbc.queryForObject("select count(*) from change_log", Integer.class))
			.as("the change log stays under row-level security")
			.isZero();
	}

	@Test
	void invalidSettingsNameTheFieldAndChangeNothing() throws Exception {
		switchNotes(this.aiglun, "{\"enabled\":true,\"settings\":{\"maxNotes\":500}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("settings.maxNotes"));
		this.mvc.perform(get("/api/tenants/{t}/changes?limit=10", this.aiglun).with(secretaryOf(this.aiglun)))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aSecretaryCanNeitherReadNorChangeAnotherCommune() throws Exception {
		switchNotes(this.other, "{\"enabled\":true}").andExpect(status().isOk());
		JwtRequestPostProcessor aiglun = secretaryOf(this.aiglun);
		this.mvc.perform(get("/api/tenants/{t}", this.other).with(aiglun)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tenants/{t}/changes?limit=10", this.other).with(aiglun))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/tenants/{t}/modules/notes", this.other).with(aiglun)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\":false}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tenants/{t}/changes?limit=10", this.aiglun).with(aiglun))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/tenants/{t}/changes?limit=10", this.other).with(secretaryOf(this.other)))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void theChangeLogIsProtectedByRowLevelSecurity() throws Exception {
		switchNotes(this.aiglun, "{\"enabled\":true}").andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from change_log", Integer.class)).isZero();
		String other = this.jdbc.queryForObject("select id::text from tenant where slug = ?", String.class, this.other);
		this.jdbc.execute((java.sql.Connection connection) -> {
			try (var statement = connection.createStatement()) {
				statement.execute("begin");
				statement.execute("select set_config('clocher.tenant_id', '" + other + "', true)");
				try (var rows = statement.executeQuery("select count(*) from change_log")) {
					rows.next();
					assertThat(rows.getInt(1)).isZero();
				}
				statement.execute("rollback");
			}
			return null;
		});
	}

	private org.springframework.test.web.servlet.ResultActions switchNotes(String commune, String body)
			throws Exception {
		return this.mvc.perform(put("/api/tenants/{t}/modules/notes", commune).with(secretaryOf(commune))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
