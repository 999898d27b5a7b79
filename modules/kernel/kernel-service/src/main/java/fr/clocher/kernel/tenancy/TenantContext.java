package fr.clocher.kernel.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one holder of the tenant the current thread works for.
 *
 * <p>
 * A transaction belongs to one tenant: it was given the tenant with its first statement
 * ({@code SET LOCAL}, see {@link TenantAwareDataSource}), so changing tenant inside a
 * running transaction is refused rather than silently ignored.
 */
public final class TenantContext {

	private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<UUID> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The current tenant, or {@link NoTenantException} when none is set. */
	public static UUID require() {
		UUID tenant = CURRENT.get();
		if (tenant == null) {
			throw new NoTenantException();
		}
		return tenant;
	}

	/** Makes {@code tenant} current until the returned scope is closed. */
	public static Scope enter(UUID tenant) {
		Objects.requireNonNull(tenant, "tenant");
		UUID previous = CURRENT.get();
		if (!tenant.equals(previous) && TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"The tenant cannot change inside a transaction; start the tenant's work in a transaction of its own");
		}
		CURRENT.set(tenant);
		return () -> restore(previous);
	}

	public static void runAs(UUID tenant, Runnable work) {
		try (Scope scope = enter(tenant)) {
			work.run();
		}
	}

	public static <T> T callAs(UUID tenant, Supplier<T> work) {
		try (Scope scope = enter(tenant)) {
			return work.get();
		}
	}

	private static void restore(UUID previous) {
		if (previous == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(previous);
		}
	}

	/** Restores the previous tenant when closed. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
