package fr.clocher.announcements.ui.support;

import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Publication;

/**
 * One kind of announcement as the screens handle it: its feature client's calls under the
 * same names, whatever the kind (news, event, alert).
 *
 * @param <T> the announcement as the API returns it
 * @param <D> what the secretary writes
 */
public interface Desk<T, D> {

	List<T> list(String tenant, AnnouncementStatus status);

	T get(String tenant, UUID id);

	T create(String tenant, D draft);

	T update(String tenant, UUID id, D draft);

	T publish(String tenant, UUID id, Publication publication);

	T unpublish(String tenant, UUID id);

	T archive(String tenant, UUID id);

	void delete(String tenant, UUID id);

	/** What the lists and the editor's header show of it. */
	Summary summary(T item);

}
