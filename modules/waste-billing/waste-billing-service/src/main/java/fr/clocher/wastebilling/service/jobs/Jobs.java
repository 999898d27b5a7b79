package fr.clocher.wastebilling.service.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.WasteJob;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts work in the background for the current tenant and keeps its progress and
 * outcome. The worker runs in that tenant's context only (its transactions get the
 * tenant's row-level security, as the request's would) and as the person who started it
 * (the change log names her); a job is never of several tenants. Each progress and
 * outcome is saved in a transaction of its own, so that it is seen while the work's own
 * transaction is still open, and kept when that transaction rolls back.
 * <p>
 * A job waiting or running here beats every {@code heartbeat}; a job silent for six beats
 * was cut short (the instance running it stopped, its transaction rolled back and nothing
 * of it was kept) and is read as failed, saying so, whichever instance reads it.
 */
public class Jobs implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Jobs.class);

	private static final LocalizedText INTERRUPTED = LocalizedText.of(
			"La tâche a été interrompue (le service a redémarré) ; rien n'en a été enregistré : relancez-la.",
			"The job was cut short (the service restarted); nothing of it was saved: start it again.");

	private final JobStore store;

	private final TransactionTemplate ownTransaction;

	private final ThreadPoolTaskExecutor executor;

	private final Clock clock;

	private final Duration silence;

	/** The jobs of this instance not ended yet, with their tenant. */
	private final Map<UUID, UUID> live = new ConcurrentHashMap<>();

	Jobs(JobStore store, PlatformTransactionManager transactions, ThreadPoolTaskExecutor executor, Clock clock,
			Duration heartbeat) {
		this.store = store;
		this.silence = heartbeat.multipliedBy(6);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Starts a job for the current tenant.
	 * @param kind what kind of job (a job is read back only as its kind)
	 * @param total what there is to do, null when unknown
	 * @param work the work, given its progress; answers the id of what it made
	 * @param cleanup run when the work ends, whatever the outcome
	 * @return the job, running
	 */
	public WasteJob start(String kind, Long total, Function<JobProgress, UUID> work, Runnable cleanup) {
		UUID tenant = TenantContext.require();
		UUID id = UUID.randomUUID();
		inOwnTransaction(() -> this.store.insert(id, kind, total, this.clock.instant()));
		this.live.put(id, tenant);
		Runnable job = DelegatingSecurityContextRunnable.create(() -> TenantContext.runAs(tenant, () -> {
			try {
				run(id, work);
			}
			finally {
				this.live.remove(id);
				cleanup.run();
			}
		}), null);
		try {
			this.executor.execute(job);
		}
		catch (RuntimeException ex) {
			this.live.remove(id);
			cleanup.run();
			failed(id, ex);
			throw ex;
		}
		return find(kind, id, Locale.FRENCH);
	}

	/**
	 * A job of the current tenant, in the reader's language.
	 * @param kind its kind
	 * @param id the job
	 * @param locale the reader's language
	 * @return the job; {@code job-not-found} (404) when the tenant has none of that id
	 */
	public WasteJob find(String kind, UUID id, Locale locale) {
		return this.ownTransaction.execute((status) -> {
			Instant now = this.clock.instant();
			this.store.interruptIfSilentSince(id, now.minus(this.silence), INTERRUPTED, now);
			return this.store.find(kind, id, locale);
		})
			.orElseThrow(() -> ApiProblem.notFound("job-not-found", "id",
					LocalizedText.of("Aucune tâche n'a l'identifiant %s.", "No job has the id %s.").formatted(id)));
	}

	/**
	 * What a job of the current tenant made, once it is done.
	 * @param kind its kind
	 * @param id the job
	 * @param notReadyCode the refusal's code while it runs or when it failed (409)
	 * @param notReady what that refusal says
	 * @return its result's id
	 */
	public UUID result(String kind, UUID id, String notReadyCode, LocalizedText notReady) {
		WasteJob job = find(kind, id, Locale.FRENCH);
		if (job.state() != JobState.DONE) {
			throw ApiProblem.conflict(notReadyCode, "id", notReady);
		}
		return job.resultId();
	}

	/**
	 * Tells that this instance's jobs are alive, a statement per tenant (called every
	 * heartbeat).
	 */
	void beat() {
		Instant now = this.clock.instant();
		Map<UUID, List<UUID>> byTenant = this.live.entrySet()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getValue,
					Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
		byTenant.forEach((tenant, jobs) -> TenantContext.runAs(tenant,
				() -> inOwnTransaction(() -> this.store.beat(jobs, now))));
	}

	/** Stops the workers when the application stops. */
	@Override
	public void close() {
		this.executor.shutdown();
	}

	private void run(UUID id, Function<JobProgress, UUID> work) {
		try {
			UUID result = work.apply((done, total) -> inOwnTransaction(() -> this.store.progress(id, done, total)));
			inOwnTransaction(() -> this.store.done(id, result, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			failed(id, ex);
		}
	}

	private void failed(UUID id, RuntimeException failure) {
		if (failure instanceof JobRefusal refusal) {
			inOwnTransaction(() -> this.store.failed(id, refusal.title(), refusal.errors(), refusal.errorCount(),
					this.clock.instant()));
		}
		else if (failure instanceof ApiProblem problem && problem.status() != HttpStatus.INTERNAL_SERVER_ERROR) {
			List<JobLineError> errors = problem.fields()
				.stream()
				.map((field) -> new JobLineError(null, field.field(), field.reason()))
				.toList();
			inOwnTransaction(() -> this.store.failed(id, problem.title(), errors, errors.size(), this.clock.instant()));
		}
		else {
			logger.error("Background job {} failed", id, failure);
			inOwnTransaction(() -> this.store.failed(id,
					LocalizedText.of("La tâche a échoué sur une erreur interne ; rien n'a été enregistré.",
							"The job failed on an internal error; nothing was saved."),
					List.of(), 0, this.clock.instant()));
		}
	}

	private void inOwnTransaction(Runnable work) {
		this.ownTransaction.executeWithoutResult((status) -> work.run());
	}

}
