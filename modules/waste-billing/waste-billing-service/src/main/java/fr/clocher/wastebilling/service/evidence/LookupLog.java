package fr.clocher.wastebilling.service.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One row per lookup in the current tenant's log: when, the client's network, the
 * reference typed (cut to the column's 30 characters), the outcome. Rows older than the
 * retention period go as new ones come.
 */
class LookupLog {

	/** How a lookup ended. */
	enum Outcome {

		FOUND, NOT_FOUND, RATE_LIMITED

	}

	private final JdbcClient jdbc;

	private final EvidenceProperties properties;

	LookupLog(JdbcClient jdbc, EvidenceProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	void record(Instant at, ClientAddress client, String reference, Outcome outcome) {
		UUID tenant = TenantContext.require();
		this.jdbc.sql("delete from waste_evidence_lookup where tenant_id = ? and looked_up_at < ?")
			.params(tenant, Timestamp.from(at.minus(this.properties.retention())))
			.update();
		this.jdbc
			.sql("""
					insert into waste_evidence_lookup (tenant_id, id, looked_up_at, client_network, payer_reference, outcome)
					values (?, ?, ?, ?, ?, ?)
					""")
			.params(tenant, UUID.randomUUID(), Timestamp.from(at), client.network(),
					(reference.length() > 30) ? reference.substring(0, 30) : reference, outcome.name())
			.update();
	}

}
