package fr.clocher.tenant.provisioning;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One worker at a time per tenant, across every instance of tenant-service: a tenant's
 * tasks depend on each other (the organization before its members), so they run in order
 * under a transaction-scoped advisory lock.
 */
@Component
class ProvisioningTaskLocks {

	private final JdbcClient jdbc;

	ProvisioningTaskLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	boolean tryLockTenant(UUID tenantId) {
		return this.jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended('provisioning:' || ?, 0))")
			.param(tenantId.toString())
			.query(Boolean.class)
			.single();
	}

}
