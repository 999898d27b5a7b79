package fr.clocher.tenant.health;

import java.time.Instant;
import java.util.List;

import fr.clocher.kernel.api.platform.PlatformHealth;
import fr.clocher.kernel.api.platform.PlatformHealthApi;
import fr.clocher.kernel.api.platform.ServiceCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform at a glance. A database that does not answer makes the answer say so
 * rather than fail.
 */
@RestController
@Tag(name = "Health", description = "The platform at a glance")
class PlatformHealthController implements PlatformHealthApi {

	private final JdbcClient jdbc;

	private final KeycloakProbe keycloak;

	PlatformHealthController(JdbcClient jdbc, KeycloakProbe keycloak) {
		this.jdbc = jdbc;
		this.keycloak = keycloak;
	}

	@Override
	@Operation(summary = "Services up, Keycloak reachable, database size, tenants and provisioning backlog")
	public PlatformHealth health() {
		ServiceCheck self = new ServiceCheck("tenant-service", true, "UP", 0);
		ServiceCheck keycloakCheck = this.keycloak.check();
		long start = System.nanoTime();
		try {
			Figures figures = this.jdbc.sql("""
					select pg_database_size(current_database()) as size,
					  (select count(*) from tenant) as tenants,
					  (select count(*) from tenant where status = 'SUSPENDED') as suspended,
					  count(*) filter (where p.status = 'PENDING') as pending,
					  count(distinct p.tenant_id) filter (where p.status = 'PENDING') as tenants_pending,
					  count(*) filter (where p.status = 'PENDING' and p.last_error is not null) as failing
					from provisioning_task p
					""").query(Figures.class).single();
			ServiceCheck database = new ServiceCheck("database", true, "UP", KeycloakProbe.millisSince(start));
			return new PlatformHealth(List.of(self, database, keycloakCheck), figures.size(), figures.tenants(),
					figures.suspended(), figures.pending(), figures.tenantsPending(), figures.failing(), Instant.now());
		}
		catch (DataAccessException ex) {
			ServiceCheck database = new ServiceCheck("database", false, ex.getClass().getSimpleName(),
					KeycloakProbe.millisSince(start));
			return new PlatformHealth(List.of(self, database, keycloakCheck), 0, 0, 0, 0, 0, 0, Instant.now());
		}
	}

	record Figures(long size, long tenants, long suspended, long pending, long tenantsPending, long failing) {
	}

}
