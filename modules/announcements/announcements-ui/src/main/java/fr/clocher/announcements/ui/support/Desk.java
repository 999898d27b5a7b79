package fr.clocher.announcements.ui.support;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Publication;

/**
 * One kind of announcement as the screens handle it: its feature client's calls under the
 * same names, whatever the kind (news, event, alert), and what the lists show of it. Each
 * kind builds one from its client's methods.
 *
 * @param <T> the announcement as the API returns it
 * @param <D> what the secretary writes
 * @param list the announcements in a status, or all but the archived ones for null
 * @param get one by its id
 * @param create creates a draft
 * @param update saves its content
 * @param publish publishes it now or at a set time
 * @param unpublish makes it a draft again
 * @param archive archives it
 * @param delete deletes it
 * @param summary what the lists and the editor's header show of it
 */
public record Desk<T, D>(BiFunction<String, AnnouncementStatus, List<T>> list, BiFunction<String, UUID, T> get,
		BiFunction<String, D, T> create, Change<T, D> update, Change<T, Publication> publish,
		BiFunction<String, UUID, T> unpublish, BiFunction<String, UUID, T> archive, BiConsumer<String, UUID> delete,
		Function<T, Summary> summary) {

	/**
	 * A call changing one announcement with a value.
	 *
	 * @param <T> the announcement as the API returns it
	 * @param <V> the value
	 */
	@FunctionalInterface
	public interface Change<T, V> {

		T apply(String tenant, UUID id, V value);

	}

}
