package fr.clocher.kernel.problem;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With every connection of the pool taken, a request is answered 503 with a delay to
 * retry after as soon as it has waited the pool's timeout, in the reader's language, and
 * the service serves again by itself once connections come back.
 */
@IntegrationTest(classes = KernelTestApplication.class)
@AutoConfigureMockMvc
class DatabaseUnavailableTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TenantWork work;

	@Autowired
	ModuleActivations activations;

	@Test
	void anExhaustedPoolAnswers503AndTheServiceRecoversByItself() throws Exception {
		String slug = "commune-" + UUID.randomUUID().toString().substring(0, 8);
		UUID tenant = TestTenants.commune(this.jdbc, slug);
		this.work.runInTenant(tenant, () -> this.activations.enable("notes", null));
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		long timeout = pool.getConnectionTimeout();
		List<Connection> taken = new ArrayList<>();
		try {
			pool.getHikariConfigMXBean().setConnectionTimeout(250);
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				taken.add(pool.getConnection());
			}

			this.mvc
				.perform(post("/api/tenants/{t}/notes", slug).contentType(MediaType.APPLICATION_JSON)
					.content("{\"body\":\"perdue ?\"}"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
				.andExpect(jsonPath("$.code").value("service-unavailable"))
				.andExpect(jsonPath("$.detail")
					.value("Le service est momentanément indisponible ; réessayez dans quelques secondes."));
			this.mvc.perform(get("/api/tenants/{t}/notes", slug).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(
						jsonPath("$.detail").value("The service is briefly unavailable; try again in a few seconds."));
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
			pool.getHikariConfigMXBean().setConnectionTimeout(timeout);
		}

		this.mvc
			.perform(post("/api/tenants/{t}/notes", slug).contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"enregistrée\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/tenants/{t}/notes", slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0]").value("enregistrée"));
	}

	@Test
	void aConnectionFailureDeepInTheCausesIsUnavailabilityAndACodingFaultIsNot() {
		assertThat(DatabaseUnavailable.causes(new IllegalStateException("wrapped",
				new java.sql.SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseUnavailable.causes(new java.sql.SQLException("Connection refused", "08001"))).isTrue();
		assertThat(DatabaseUnavailable.causes(new IllegalStateException("Unable to rollback against JDBC Connection",
				new java.sql.SQLException("Connection is closed"))))
			.as("the pool's answer on a connection the server broke")
			.isTrue();
		assertThat(DatabaseUnavailable.causes(new java.sql.SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
	}

}
