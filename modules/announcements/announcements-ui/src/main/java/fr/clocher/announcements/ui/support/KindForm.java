package fr.clocher.announcements.ui.support;

/**
 * The fields of one kind of announcement, which the editor shows it in and reads the
 * draft back from.
 *
 * @param <T> the announcement as the API returns it
 * @param <D> what the secretary writes
 */
public interface KindForm<T, D> {

	/** Shows an announcement in the fields. */
	void show(T item);

	/** What the secretary wrote. */
	D draft();

	/** Empties the fields for a new one. */
	void clear();

}
