package fr.clocher.tenant.onboarding;

import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.tenant.provisioning.Provisioning;
import fr.clocher.tenant.registry.Tenant;
import fr.clocher.tenant.registry.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job: the registry's onboarding in one transaction on a worker thread, reporting
 * each step to the job row, then done or failed with a reason the operator can read.
 */
@Component
class OnboardingRunner {

	private static final Logger logger = LoggerFactory.getLogger(OnboardingRunner.class);

	private static final LocalizedText UNEXPECTED = LocalizedText.of(
			"L'inscription a échoué sur une erreur inattendue ; rien n'a été enregistré. Réessayez ou prévenez l'équipe technique.",
			"The onboarding failed on an unexpected error; nothing was recorded. Try again or tell the technical team.");

	private static final LocalizedText BUSY = LocalizedText.of(
			"Trop d'inscriptions sont en cours ; réessayez dans quelques minutes.",
			"Too many onboardings are running; try again in a few minutes.");

	private final TenantRegistry registry;

	private final Provisioning provisioning;

	private final OnboardingJobs jobs;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	OnboardingRunner(TenantRegistry registry, Provisioning provisioning, OnboardingJobs jobs,
			PlatformTransactionManager transactions,
			@Qualifier(OnboardingConfiguration.EXECUTOR) TaskExecutor executor) {
		this.registry = registry;
		this.provisioning = provisioning;
		this.jobs = jobs;
		this.transaction = new TransactionTemplate(transactions);
		this.executor = executor;
	}

	void submit(UUID jobId, String siren) {
		try {
			this.executor.execute(() -> run(jobId, siren));
		}
		catch (TaskRejectedException ex) {
			this.jobs.fail(jobId, BUSY);
		}
	}

	private void run(UUID jobId, String siren) {
		String email = this.jobs.secretaryEmail(jobId);
		try {
			Tenant group = this.transaction.execute((status) -> {
				Tenant onboarded = this.registry.onboardIntercommunality(siren,
						(done) -> this.jobs.progress(jobId, done));
				if (email != null && !email.isBlank()) {
					this.provisioning.inviteSecretary(onboarded.getId(), email);
				}
				return onboarded;
			});
			this.jobs.finish(jobId, group.getId());
		}
		catch (ApiProblem problem) {
			this.jobs.fail(jobId, problem.title());
		}
		catch (RuntimeException ex) {
			logger.error("Onboarding of intercommunality {} failed (job {})", siren, jobId, ex);
			this.jobs.fail(jobId, UNEXPECTED);
		}
	}

}
