package fr.clocher.tenant.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.TestCommunes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A tenant's export holds every table of every installed module that has tenant rows,
 * each with exactly the tenant's rows (counted again in plain SQL as the owner), none of
 * another tenant's, each file matching the checksum its manifest gives.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TenantExportTests {

	@Autowired
	MockMvc mvc;

	@Value("${spring.flyway.url}")
	String url;

	@Value("${spring.flyway.user}")
	String owner;

	@Value("${spring.flyway.password}")
	String ownerPassword;

	@Test
	void anExportHoldsEveryTenantTableWithTheTenantsRowsOnlyAndTheirChecksums() throws Exception {
		String exported = TestCommunes.onboard(this.mvc, "31003");
		String other = TestCommunes.onboard(this.mvc, "31004");
		String ours = "Marché du samedi " + UUID.randomUUID();
		String theirs = "Fête votive " + UUID.randomUUID();
		page(exported, ours);
		page(other, theirs);

		byte[] zip = this.mvc.perform(get("/api/platform/tenants/{t}/export", exported).with(TestCommunes.operator()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=\"clocher-" + exported + "-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> entries = unzip(zip);
		String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);

		List<String> tables = JsonPath.read(manifest, "$.files[*].table");
		try (Connection asOwner = DriverManager.getConnection(this.url, this.owner, this.ownerPassword)) {
			assertThat(new TreeSet<>(tables)).as("every base table with a tenant_id, per information_schema")
				.isEqualTo(tenantTables(asOwner))
				.contains("module_activation", "website_page", "website_file");
			UUID id = UUID.fromString(JsonPath.read(manifest, "$.tenant.id"));
			// Row-level security is forced on the owner too: it counts as the tenant.
			try (var tenant = asOwner.prepareStatement("select set_config('clocher.tenant_id', ?, false)")) {
				tenant.setString(1, id.toString());
				tenant.execute();
			}
			List<Map<String, Object>> files = JsonPath.read(manifest, "$.files");
			for (Map<String, Object> file : files) {
				String table = (String) file.get("table");
				assertThat(((Number) file.get("rows")).longValue()).as(table).isEqualTo(count(asOwner, table, id));
				byte[] content = entries.get((String) file.get("path"));
				assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))).as(table)
					.isEqualTo(file.get("sha256"));
			}
		}
		assertThat(JsonPath.<String>read(manifest, "$.tenant.slug")).isEqualTo(exported);
		String pages = new String(entries.get("tables/website_page.csv"), StandardCharsets.UTF_8);
		assertThat(pages).startsWith("tenant_id,id,slug,title").contains(ours).doesNotContain(theirs);
		assertThat(entries.keySet()).allSatisfy(
				(name) -> assertThat(new String(entries.get(name), StandardCharsets.UTF_8)).doesNotContain(theirs));
	}

	@Test
	void onlyTheOperatorExportsAndAnUnknownTenantIsNamed() throws Exception {
		String commune = TestCommunes.onboard(this.mvc, "31005");
		this.mvc.perform(get("/api/platform/tenants/{t}/export", commune).with(TestCommunes.secretaryOf(commune)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/platform/tenants/{t}/export", "nulle-part").with(TestCommunes.operator()))
			.andExpect(status().isNotFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
				.value("tenant"));
	}

	private void page(String commune, String title) throws Exception {
		this.mvc
			.perform(post("/api/tenants/{t}/website/pages", commune).with(TestCommunes.secretaryOf(commune))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"" + title + "\",\"slug\":\"p-" + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"body\":\"<p>Texte.</p>\"}"))
			.andExpect(status().isCreated());
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static TreeSet<String> tenantTables(Connection connection) throws Exception {
		TreeSet<String> tables = new TreeSet<>();
		try (ResultSet rows = connection.createStatement().executeQuery("""
				select c.table_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.column_name = 'tenant_id' and c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				""")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	private static long count(Connection connection, String table, UUID tenant) throws Exception {
		try (var statement = connection.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
			statement.setObject(1, tenant);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
