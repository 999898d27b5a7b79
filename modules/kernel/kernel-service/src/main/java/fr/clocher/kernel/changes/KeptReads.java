package fr.clocher.kernel.changes;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database, kept in memory until a change of them is committed. Only
 * what was found is kept, and only what was read outside a writing transaction (it may
 * see its own uncommitted rows, which a rollback would leave here). A change committed
 * while a reader was querying makes the reader drop what it read: forgetting moves a
 * generation before it removes entries, and a reader that sees the generation moved since
 * it started drops its entry, so either the reader sees the move or the forgetting sees
 * the entry.
 *
 * @param <K> what a value is found by
 * @param <V> the value
 */
public final class KeptReads<K, V> {

	private final Cache<K, V> kept;

	private final AtomicLong generation = new AtomicLong();

	public KeptReads(long maximumSize) {
		this.kept = Caffeine.newBuilder().maximumSize(maximumSize).build();
	}

	/** The value kept under this key, else what the query finds (kept if found). */
	public Optional<V> find(K key, Supplier<Optional<V>> query) {
		V known = this.kept.getIfPresent(key);
		if (known != null) {
			return Optional.of(known);
		}
		long before = this.generation.get();
		Optional<V> found = query.get();
		if (found.isPresent() && readsCommittedState()) {
			this.kept.put(key, found.get());
			if (this.generation.get() != before) {
				this.kept.invalidate(key);
			}
		}
		return found;
	}

	public void forget(K key) {
		this.generation.incrementAndGet();
		this.kept.invalidate(key);
	}

	public void forgetValues(Predicate<V> which) {
		this.generation.incrementAndGet();
		this.kept.asMap().values().removeIf(which);
	}

	public void forgetAll() {
		this.generation.incrementAndGet();
		this.kept.invalidateAll();
	}

	private static boolean readsCommittedState() {
		return !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
