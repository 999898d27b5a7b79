package fr.clocher.bench.onboarding;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import fr.clocher.bench.onboarding.KeycloakSample.TenantLatency;

/**
 * The plain-text summary of {@link KeycloakSample}: per-tenant latency percentiles of
 * each step, against the target of one second per tenant.
 */
final class KeycloakSampleReport {

	private KeycloakSampleReport() {
	}

	static String format(KeycloakSampleResult result, String database, String keycloak) {
		StringBuilder out = new StringBuilder();
		line(out, "==== Clocher onboarding benchmark, Keycloak included, %s ====",
				Instant.now().truncatedTo(ChronoUnit.SECONDS));
		line(out, "database        %s", database);
		line(out, "keycloak        %s", keycloak);
		line(out, "JVM             Java %s, %d processors (Keycloak, PostgreSQL and tenant-service share them)",
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		line(out, "load average    %.2f (1 minute, at the end)",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		line(out, "");
		line(out, "Onboarded = the registry's transaction committed, Keycloak created the organization and sent the");
		line(out,
				"secretary's invitation (mail accepted by the SMTP catcher), and tenant-service recorded both as done.");
		line(out, "Each latency runs from the start of the call that registered the tenant.");
		line(out, "");
		line(out, "One tenant at a time (POST /api/platform/communes with a secretary, awaited before the next):");
		line(out, "  %s, %d communes, then itself with its secretary", result.oneByOne().name(),
				result.oneByOne().memberInseeCodes().size());
		header(out);
		List<TenantLatency> single = result.single();
		row(out, "registered", single, TenantLatency::registeredNanos);
		row(out, "organization created", single, TenantLatency::organizationNanos);
		row(out, "secretary invited", single, TenantLatency::invitedNanos);
		row(out, "onboarded, seen", single, TenantLatency::seenNanos);
		int slowest = slowest(single, 0);
		line(out, "  slowest               %s  %s (#%d%s)", Nanos.millis(single.get(slowest).seenNanos()),
				single.get(slowest).what(), slowest + 1,
				(slowest == 0) ? ", the first: Keycloak's and tenant-service's first invitation, cold" : "");
		int slowestWarm = (slowest == 0) ? slowest(single, 1) : slowest;
		if (slowest == 0) {
			line(out, "  slowest of the others %s  %s (#%d)", Nanos.millis(single.get(slowestWarm).seenNanos()),
					single.get(slowestWarm).what(), slowestWarm + 1);
		}
		long worst = single.get(slowest).seenNanos();
		long worstWarm = single.get(slowestWarm).seenNanos();
		String verdict = (worst <= SummaryReport.ONE_COMMUNE_TARGET_NANOS) ? "MET"
				: (worstWarm <= SummaryReport.ONE_COMMUNE_TARGET_NANOS)
						? "NOT MET by the cold first tenant, MET by every other" : "NOT MET";
		line(out, "  target                one tenant onboarded <= 1 s: %s", verdict);
		line(out, "");
		line(out, "A whole intercommunality in one call (the operator's onboarding job, its secretary invited):");
		line(out, "  %s, %d communes and itself; the call committed after %s", result.atOnce().name(),
				result.atOnce().memberInseeCodes().size(), Nanos.millis(result.burstCallNanos()));
		header(out);
		List<TenantLatency> burst = result.burst();
		row(out, "organization created", burst, TenantLatency::organizationNanos);
		row(out, "secretary invited", burst.stream().filter((t) -> t.invitedNanos() >= 0).toList(),
				TenantLatency::invitedNanos);
		row(out, "all onboarded, seen", burst.subList(0, 1), TenantLatency::seenNanos);
		line(out, "  (its %d organizations are made by tenant-service's provisioning workers, two at a time)",
				burst.size());
		line(out, "");
		line(out, "Provisioning attempts that failed and were retried: %,d", result.failedAttempts());
		return out.toString();
	}

	/** The index of the slowest tenant onboarded, from {@code from} on. */
	private static int slowest(List<TenantLatency> tenants, int from) {
		int slowest = from;
		for (int i = from; i < tenants.size(); i++) {
			if (tenants.get(i).seenNanos() > tenants.get(slowest).seenNanos()) {
				slowest = i;
			}
		}
		return slowest;
	}

	private static void header(StringBuilder out) {
		line(out, "  %-21s %7s %11s %11s %11s %11s", "", "tenants", "p50", "p95", "p99", "max");
	}

	private static void row(StringBuilder out, String step, List<TenantLatency> tenants,
			ToLongFunction<TenantLatency> nanos) {
		long[] samples = tenants.stream().mapToLong(nanos).toArray();
		line(out, "  %-21s %7d %11s %11s %11s %11s", step, samples.length, Nanos.millis(Nanos.percentile(samples, 50)),
				Nanos.millis(Nanos.percentile(samples, 95)), Nanos.millis(Nanos.percentile(samples, 99)),
				Nanos.millis(Nanos.percentile(samples, 100)));
	}

	private static void line(StringBuilder out, String format, Object... args) {
		out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
	}

}
