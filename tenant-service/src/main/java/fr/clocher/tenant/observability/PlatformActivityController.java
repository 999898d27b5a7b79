package fr.clocher.tenant.observability;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import fr.clocher.kernel.api.platform.PlatformActivity;
import fr.clocher.kernel.api.platform.PlatformActivity.Backlog;
import fr.clocher.kernel.api.platform.PlatformActivity.ModuleActivity;
import fr.clocher.kernel.api.platform.PlatformActivity.TenantActivity;
import fr.clocher.kernel.api.platform.PlatformActivityApi;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's dashboard, read from this instance's meters: the same figures
 * {@code /actuator/prometheus} gives, summed per module and per tenant.
 */
@RestController
@Tag(name = "Health", description = "The platform at a glance")
class PlatformActivityController implements PlatformActivityApi {

	/** How many of the slowest tenants the dashboard lists. */
	static final int SLOWEST = 10;

	private final MeterRegistry registry;

	private final Clock clock;

	private final Instant since;

	PlatformActivityController(MeterRegistry registry) {
		this.registry = registry;
		this.clock = Clock.systemUTC();
		this.since = this.clock.instant();
	}

	@Override
	@Operation(summary = "Requests, errors and time per module, the slowest tenants and the backlogs of this instance")
	public PlatformActivity activity() {
		return new PlatformActivity(this.since, modules(), slowestTenants(), backlogs(), this.clock.instant());
	}

	private List<ModuleActivity> modules() {
		Map<String, List<Timer>> byModule = this.registry.find(RequestMetricsFilter.REQUESTS)
			.timers()
			.stream()
			.collect(Collectors.groupingBy((timer) -> timer.getId().getTag("module")));
		return byModule.entrySet()
			.stream()
			.map((module) -> new ModuleActivity(module.getKey(), count(module.getValue(), null),
					count(module.getValue(), "4xx"), count(module.getValue(), "5xx"), meanMillis(module.getValue()),
					module.getValue()
						.stream()
						.mapToDouble((timer) -> timer.max(TimeUnit.MILLISECONDS))
						.max()
						.orElse(0)))
			.sorted(Comparator.comparingLong(ModuleActivity::requests).reversed())
			.toList();
	}

	private List<TenantActivity> slowestTenants() {
		Map<String, List<Timer>> byTenant = this.registry.find(RequestMetricsFilter.TENANT_REQUESTS)
			.timers()
			.stream()
			.filter((timer) -> !TenantTags.NONE.equals(timer.getId().getTag("tenant")))
			.collect(Collectors.groupingBy((timer) -> timer.getId().getTag("tenant")));
		return byTenant.entrySet()
			.stream()
			.map((tenant) -> new TenantActivity(tenant.getKey(), count(tenant.getValue(), null),
					count(tenant.getValue(), "5xx"), meanMillis(tenant.getValue())))
			.sorted(Comparator.comparingDouble(TenantActivity::meanMillis).reversed())
			.limit(SLOWEST)
			.toList();
	}

	private List<Backlog> backlogs() {
		return this.registry.find("clocher.backlog").gauges().stream().map((pending) -> {
			String queue = pending.getId().getTag("queue");
			Gauge oldest = this.registry.find("clocher.backlog.oldest").tag("queue", queue).gauge();
			return new Backlog(queue, whole(pending.value()), (oldest != null) ? whole(oldest.value()) : null);
		}).toList();
	}

	/** The requests of these timers, of one outcome ({@code null}: all). */
	private static long count(List<Timer> timers, String outcome) {
		return timers.stream()
			.filter((timer) -> outcome == null || outcome.equals(timer.getId().getTag("outcome")))
			.mapToLong(Timer::count)
			.sum();
	}

	private static double meanMillis(List<Timer> timers) {
		long count = count(timers, null);
		double total = timers.stream().mapToDouble((timer) -> timer.totalTime(TimeUnit.MILLISECONDS)).sum();
		return (count == 0) ? 0 : total / count;
	}

	private static Long whole(double value) {
		return Double.isNaN(value) ? null : Math.round(value);
	}

}
