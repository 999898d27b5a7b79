package fr.clocher.bench.onboarding;

/**
 * How a set of tenants got their notices.
 *
 * @param tenants tenants loaded
 * @param rows notices inserted
 * @param loadNanos time to insert them
 * @param maintenanceNanos time of the {@code VACUUM ANALYZE} that followed
 */
public record LoadStats(int tenants, long rows, long loadNanos, long maintenanceNanos) {

	LoadStats withMaintenance(long nanos) {
		return new LoadStats(this.tenants, this.rows, this.loadNanos, nanos);
	}

}
