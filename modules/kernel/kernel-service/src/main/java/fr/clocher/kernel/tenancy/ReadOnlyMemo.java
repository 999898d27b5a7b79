package fr.clocher.kernel.tenancy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current read-only transaction has already read, kept until it ends. A public
 * page rendered anew (the first request after a publication) asks the same few rows many
 * times: whether each module is on, the website's settings documents; each ask was a
 * round trip to PostgreSQL (41 statements for a home page, 17 of them repeats; 24 with
 * this). A read-only transaction changes nothing, so the first answer stands for the rest
 * of it (and gives the page one view of its settings). In any other transaction, or
 * outside one, every call reads.
 */
public final class ReadOnlyMemo {

	private ReadOnlyMemo() {
	}

	/**
	 * The value kept under {@code key} by {@code owner} in this read-only transaction,
	 * else what {@code read} answers, kept.
	 * @param owner the component that reads (its keys never meet another's)
	 * @param key what is read, the tenant included
	 * @param read reads it
	 * @return the value; {@code read} must never answer {@code null}
	 */
	@SuppressWarnings("unchecked")
	public static <T> T remember(Object owner, Object key, Supplier<T> read) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return read.get();
		}
		Slot slot = new Slot(owner);
		Map<Object, Object> kept = (Map<Object, Object>) TransactionSynchronizationManager.getResource(slot);
		if (kept == null) {
			kept = new HashMap<>();
			TransactionSynchronizationManager.bindResource(slot, kept);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(slot);
				}
			});
		}
		T value = (T) kept.get(key);
		if (value == null) {
			value = read.get();
			kept.put(key, value);
		}
		return value;
	}

	/** Where an owner's values are bound in the transaction. */
	private record Slot(Object owner) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Slot slot && slot.owner == this.owner;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.owner);
		}

	}

}
