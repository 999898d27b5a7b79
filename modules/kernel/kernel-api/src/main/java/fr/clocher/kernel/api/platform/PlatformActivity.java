package fr.clocher.kernel.api.platform;

import java.time.Instant;
import java.util.List;

/**
 * What one tenant-service instance has served since it started, read from the same
 * metrics Prometheus scrapes ({@code clocher.requests}, {@code clocher.tenant.requests},
 * {@code clocher.backlog}): across instances, Prometheus adds them up.
 *
 * @param since when this instance started counting
 * @param modules requests per module, the busiest first
 * @param slowestTenants the tenants whose requests took longest on average, slowest first
 * (among those the tenant tag names; the rest count as {@code other})
 * @param backlogs work waiting to leave the service, per queue
 * @param readAt when
 */
public record PlatformActivity(Instant since, List<ModuleActivity> modules, List<TenantActivity> slowestTenants,
		List<Backlog> backlogs, Instant readAt) {

	public PlatformActivity {
		modules = List.copyOf(modules);
		slowestTenants = List.copyOf(slowestTenants);
		backlogs = List.copyOf(backlogs);
	}

	/**
	 * @param module the module, or {@code site}, {@code platform}, {@code other}
	 * @param requests requests served
	 * @param clientErrors answered 4xx
	 * @param serverErrors answered 5xx
	 * @param meanMillis mean time to answer
	 * @param recentMaxMillis the longest of the last minutes
	 */
	public record ModuleActivity(String module, long requests, long clientErrors, long serverErrors, double meanMillis,
			double recentMaxMillis) {

		/** The share of requests answered 5xx, 0 when none was served. */
		public double serverErrorRate() {
			return (this.requests == 0) ? 0 : (double) this.serverErrors / this.requests;
		}

	}

	/**
	 * @param tenant the tenant's slug, or {@code other}
	 * @param requests requests served
	 * @param serverErrors answered 5xx
	 * @param meanMillis mean time to answer
	 */
	public record TenantActivity(String tenant, long requests, long serverErrors, double meanMillis) {
	}

	/**
	 * @param queue the queue ({@code provisioning}...)
	 * @param pending tasks waiting, {@code null} when the database did not answer
	 * @param oldestSeconds age of the oldest, {@code null} when the database did not
	 * answer
	 */
	public record Backlog(String queue, Long pending, Long oldestSeconds) {
	}

}
