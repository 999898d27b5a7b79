package fr.clocher.bench.onboarding;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts what the registry holds, straight from the platform tables.
 */
class TenantCensus {

	private final JdbcClient jdbc;

	TenantCensus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TenantCounts count() {
		Map<String, Integer> byKind = this.jdbc.sql("select kind, count(*) as n from tenant group by kind")
			.query((rs, i) -> Map.entry(rs.getString("kind"), rs.getInt("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new TenantCounts(byKind.getOrDefault("COMMUNE", 0), byKind.getOrDefault("INTERCOMMUNALITY", 0),
				this.jdbc.sql("select count(*) from tenant_membership").query(Integer.class).single(),
				this.jdbc.sql("select count(*) from tenant_host").query(Integer.class).single(),
				provisioningTasks("select count(*) from provisioning_task"),
				provisioningTasks("select count(*) from provisioning_task where status = 'PENDING'"));
	}

	private int provisioningTasks(String sql) {
		boolean recorded = this.jdbc.sql("select to_regclass('provisioning_task') is not null")
			.query(Boolean.class)
			.single();
		return recorded ? this.jdbc.sql(sql).query(Integer.class).single() : -1;
	}

	boolean serverAutovacuum() {
		return this.jdbc.sql("select current_setting('autovacuum') = 'on'").query(Boolean.class).single();
	}

	String serverVersion() {
		return this.jdbc.sql("select current_setting('server_version')").query(String.class).single();
	}

}
