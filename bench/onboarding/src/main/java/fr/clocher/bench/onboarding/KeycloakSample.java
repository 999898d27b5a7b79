package fr.clocher.bench.onboarding;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.clocher.tenant.provisioning.Provisioning;
import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.reference.ReferenceIntercommunality;
import fr.clocher.tenant.registry.Tenant;
import fr.clocher.tenant.registry.TenantRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole onboarding path on a real Keycloak, for one real intercommunality of 100
 * communes or more. A tenant is onboarded when Keycloak has its organization and has sent
 * its secretary's invitation, and tenant-service has recorded both as done: what the
 * operator's screen shows as provisioned.
 * <ol>
 * <li>one tenant at a time, as the operator's {@code POST /api/platform/communes} with a
 * secretary does (the registry's creation and the invitation's request in one
 * transaction): every member commune, then the intercommunality itself with its secretary
 * (its members linked), each awaited before the next; the latency of each, from the call
 * to its invitation recorded;</li>
 * <li>a second intercommunality of 100 communes or more as the operator's onboarding job
 * does it, in one transaction with its secretary: every member's organization and the
 * intercommunality's invitation, timed from the call.</li>
 * </ol>
 */
class KeycloakSample {

	/** The least members an intercommunality of the sample has. */
	static final int MIN_MEMBERS = 100;

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final Duration POLL = Duration.ofMillis(2);

	private final ReferenceData reference;

	private final TenantRegistry registry;

	private final Provisioning provisioning;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final PrintStream progress;

	KeycloakSample(ReferenceData reference, TenantRegistry registry, Provisioning provisioning,
			TransactionTemplate transactions, JdbcClient jdbc, PrintStream progress) {
		this.reference = reference;
		this.registry = registry;
		this.provisioning = provisioning;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.progress = progress;
	}

	/** The two intercommunalities of the sample: the first two of 100 members or more. */
	List<ReferenceIntercommunality> intercommunalities(int minMembers) {
		List<ReferenceIntercommunality> large = this.reference.intercommunalities()
			.stream()
			.filter((epci) -> epci.memberInseeCodes().size() >= minMembers)
			.sorted(Comparator.comparing(ReferenceIntercommunality::siren))
			.limit(2)
			.toList();
		if (large.size() < 2) {
			throw new IllegalStateException(
					"The reference has fewer than two intercommunalities of " + minMembers + " communes or more");
		}
		return large;
	}

	KeycloakSampleResult run(int minMembers) {
		List<ReferenceIntercommunality> sample = intercommunalities(minMembers);
		ReferenceIntercommunality oneByOne = sample.get(0);
		ReferenceIntercommunality atOnce = sample.get(1);
		this.progress.printf(Locale.ROOT, "[keycloak] one at a time: %s, %d communes and itself%n", oneByOne.name(),
				oneByOne.memberInseeCodes().size());
		List<TenantLatency> single = new ArrayList<>();
		for (String code : oneByOne.memberInseeCodes()) {
			single.add(onboardAlone("commune " + code, () -> this.registry.createCommune(code, null).getId(),
					secretary(code)));
			if (single.size() % 20 == 0) {
				this.progress.printf(Locale.ROOT, "[keycloak] %d/%d onboarded%n", single.size(),
						oneByOne.memberInseeCodes().size() + 1);
			}
		}
		single.add(onboardAlone("intercommunality " + oneByOne.siren(),
				() -> this.registry.onboardIntercommunality(oneByOne.siren()).getId(), secretary(oneByOne.siren())));
		this.progress.printf(Locale.ROOT, "[keycloak] at once: %s, %d communes and itself in one call%n", atOnce.name(),
				atOnce.memberInseeCodes().size());
		AtOnce burst = onboardAtOnce(atOnce);
		return new KeycloakSampleResult(oneByOne, single, atOnce, burst.tenants(), burst.callNanos(), failedAttempts());
	}

	/**
	 * One registry call with its secretary, then waits until every task it recorded is
	 * done.
	 */
	private TenantLatency onboardAlone(String what, java.util.function.Supplier<UUID> register, String email) {
		Instant start = Instant.now();
		long t0 = System.nanoTime();
		UUID tenant = this.transactions.execute((status) -> {
			UUID id = register.get();
			this.provisioning.inviteSecretary(id, email);
			return id;
		});
		long registered = System.nanoTime() - t0;
		awaitDone(List.of(tenant), what);
		long seen = System.nanoTime() - t0;
		Map<String, Instant> done = doneAt(tenant);
		return new TenantLatency(what, registered, since(start, done.get("ORGANIZATION")),
				since(start, done.get("SECRETARY")), seen);
	}

	private AtOnce onboardAtOnce(ReferenceIntercommunality epci) {
		Instant start = Instant.now();
		long t0 = System.nanoTime();
		Tenant group = this.transactions.execute((status) -> {
			Tenant onboarded = this.registry.onboardIntercommunality(epci.siren());
			this.provisioning.inviteSecretary(onboarded.getId(), secretary(epci.siren()));
			return onboarded;
		});
		long registered = System.nanoTime() - t0;
		List<UUID> tenants = new ArrayList<>();
		tenants.add(group.getId());
		group.getMembers().forEach((member) -> tenants.add(member.getId()));
		awaitDone(tenants, "intercommunality " + epci.siren());
		long seen = System.nanoTime() - t0;
		List<TenantLatency> latencies = new ArrayList<>();
		for (UUID tenant : tenants) {
			Map<String, Instant> done = doneAt(tenant);
			Instant invited = done.get("SECRETARY");
			latencies.add(new TenantLatency(tenant.equals(group.getId()) ? "intercommunality" : "member", registered,
					since(start, done.get("ORGANIZATION")), (invited != null) ? since(start, invited) : -1, seen));
		}
		return new AtOnce(latencies, registered);
	}

	private void awaitDone(List<UUID> tenants, String what) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		UUID[] ids = tenants.toArray(UUID[]::new);
		while (this.jdbc.sql("select count(*) from provisioning_task where tenant_id = any(?) and status <> 'DONE'")
			.param(ids)
			.query(Long.class)
			.single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Provisioning of " + what + " not done after " + TIMEOUT);
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private Map<String, Instant> doneAt(UUID tenant) {
		return this.jdbc
			.sql("select kind, max(done_at) as done_at from provisioning_task where tenant_id = ? group by kind")
			.param(tenant)
			.query((rs, i) -> Map.entry(rs.getString("kind"), rs.getObject("done_at", OffsetDateTime.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().toInstant()));
	}

	/** Provisioning attempts that failed before succeeding, over the whole sample. */
	private long failedAttempts() {
		return this.jdbc.sql("select coalesce(sum(attempts - 1), 0) from provisioning_task where status = 'DONE'")
			.query(Long.class)
			.single();
	}

	private static long since(Instant start, Instant end) {
		return Duration.between(start, end).toNanos();
	}

	private static String secretary(String code) {
		return "secretariat-" + code + "@bench.clocher.test";
	}

	private record AtOnce(List<TenantLatency> tenants, long callNanos) {
	}

	/**
	 * One tenant's path, each from the start of the call that registered it.
	 *
	 * @param what which tenant
	 * @param registeredNanos until the registry's transaction committed
	 * @param organizationNanos until Keycloak had created its organization
	 * @param invitedNanos until Keycloak had sent its secretary's invitation, -1 when it
	 * has none
	 * @param seenNanos until the benchmark saw every task of the call done
	 */
	record TenantLatency(String what, long registeredNanos, long organizationNanos, long invitedNanos, long seenNanos) {

		/** Onboarded: the last of its steps. */
		long onboardedNanos() {
			return Math.max(this.organizationNanos, this.invitedNanos);
		}

	}

}
