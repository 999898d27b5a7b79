package fr.clocher.kernel.tenancy;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work for a named tenant in a transaction of its own: what scheduled jobs, batch
 * runs and operator actions on a tenant use. Jobs that span tenants go through
 * {@link #forEachActiveTenant}, one transaction per tenant.
 */
public class TenantWork {

	private final TransactionTemplate transactions;

	private final TenantDirectory directory;

	public TenantWork(PlatformTransactionManager transactionManager, TenantDirectory directory) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.directory = directory;
	}

	public <T> T inTenant(UUID tenant, Supplier<T> work) {
		try (TenantContext.Scope scope = TenantContext.enter(tenant)) {
			return this.transactions.execute((status) -> work.get());
		}
	}

	public void runInTenant(UUID tenant, Runnable work) {
		inTenant(tenant, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs the job once per active tenant, each in its own transaction; returns how many.
	 */
	public int forEachActiveTenant(Consumer<UUID> job) {
		int count = 0;
		for (UUID tenant : this.directory.activeTenantIds()) {
			runInTenant(tenant, () -> job.accept(tenant));
			count++;
		}
		return count;
	}

}
