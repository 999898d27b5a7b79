package fr.clocher.website.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Something the site keeps whole (its theme, town hall, menu, council) in memory,
 * replaced by each save; every save is recorded. It checks nothing itself: a test sets
 * the refusal the server would give, which the next save throws instead of saving.
 *
 * @param <T> what is kept
 */
public abstract class InMemoryDocument<T> {

	private final Supplier<T> empty;

	public T current;

	public final List<T> saved = new ArrayList<>();

	public RuntimeException failure;

	protected InMemoryDocument(Supplier<T> empty) {
		this.empty = empty;
	}

	void reset() {
		this.current = this.empty.get();
		this.saved.clear();
		this.failure = null;
	}

	protected T save(T value) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.saved.add(value);
		this.current = value;
		return value;
	}

}
