package fr.clocher.tenant.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work waiting to leave the service, as gauges read when metrics are scraped (at most
 * once per {@link #FRESH}, whoever scrapes): {@code clocher.backlog} the tasks pending
 * and {@code clocher.backlog.oldest} the age in seconds of the oldest, per {@code queue}.
 * The queue is {@code provisioning} (the Keycloak outbox, a platform table). A database
 * that does not answer gives no value (NaN), not an error. The modules' own outboxes
 * (announcements' mail) live in tenant tables under row-level security: the application's
 * role cannot count them across tenants, so they are not here.
 */
final class Backlogs {

	static final Duration FRESH = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Reading last = new Reading(Instant.MIN, Double.NaN, Double.NaN);

	Backlogs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void register(MeterRegistry registry) {
		Gauge.builder("clocher.backlog", this, (backlogs) -> backlogs.read().pending())
			.description("Tasks waiting to be done, per queue")
			.tag("queue", "provisioning")
			.register(registry);
		Gauge.builder("clocher.backlog.oldest", this, (backlogs) -> backlogs.read().oldestSeconds())
			.description("Age of the oldest task waiting, per queue")
			.tag("queue", "provisioning")
			.baseUnit("seconds")
			.register(registry);
	}

	Reading read() {
		Instant now = this.clock.instant();
		Reading reading = this.last;
		if (reading.at().plus(FRESH).isAfter(now)) {
			return reading;
		}
		try {
			reading = this.jdbc.sql("""
					select count(*) as pending,
					  coalesce(extract(epoch from (:now - min(created_at))), 0) as oldest
					from provisioning_task where status = 'PENDING'
					""")
				.param("now", java.sql.Timestamp.from(now))
				.query((rs, row) -> new Reading(now, rs.getLong("pending"), rs.getDouble("oldest")))
				.single();
		}
		catch (DataAccessException ex) {
			reading = new Reading(now, Double.NaN, Double.NaN);
		}
		this.last = reading;
		return reading;
	}

	record Reading(Instant at, double pending, double oldestSeconds) {
	}

}
