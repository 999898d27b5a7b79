package fr.clocher.announcements.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.NewsApi;
import fr.clocher.announcements.api.NewsDraft;
import fr.clocher.announcements.api.Publication;

import org.springframework.http.HttpStatus;

/**
 * One commune's news items in memory, checked as the service checks them (a title),
 * recording every change.
 */
public class InMemoryNewsApi extends Changes implements NewsApi {

	public final Map<UUID, News> news = new LinkedHashMap<>();

	@Override
	void reset() {
		super.reset();
		this.news.clear();
	}

	/** Adds a news item as the commune already has it. */
	public News add(String title, String category, AnnouncementStatus status) {
		Instant now = Instant.now();
		UUID id = UUID.randomUUID();
		News item = new News(id, title, null, "<p>" + title + "</p>", category, null, status,
				(status == AnnouncementStatus.DRAFT) ? null : now, now, now, "/actualites/" + id);
		this.news.put(id, item);
		return item;
	}

	@Override
	public List<News> news(String tenant, AnnouncementStatus status, String category) {
		return this.news.values()
			.stream()
			.filter((item) -> listed(item.status(), status))
			.filter((item) -> category == null || Objects.equals(category, item.category()))
			.sorted(Comparator.comparing(News::createdAt).reversed())
			.toList();
	}

	@Override
	public News newsItem(String tenant, UUID id) {
		News item = this.news.get(id);
		if (item == null) {
			throw Problems.refusal(HttpStatus.NOT_FOUND, "news-not-found", "id", "Cette actualité n'existe pas.");
		}
		return item;
	}

	@Override
	public News createNews(String tenant, NewsDraft draft) {
		new Problems().required("title", draft.title()).throwIfAny();
		change(tenant + " create " + draft.title());
		return store(add(draft.title(), null, AnnouncementStatus.DRAFT), draft, AnnouncementStatus.DRAFT, null);
	}

	@Override
	public News updateNews(String tenant, UUID id, NewsDraft draft) {
		new Problems().required("title", draft.title()).throwIfAny();
		change(tenant + " update " + draft.title());
		News item = newsItem(tenant, id);
		return store(item, draft, item.status(), item.publishAt());
	}

	@Override
	public News publishNews(String tenant, UUID id, Publication publication) {
		change(tenant + " publish " + newsItem(tenant, id).title());
		return store(newsItem(tenant, id), null, published(publication), publishAt(publication));
	}

	@Override
	public News unpublishNews(String tenant, UUID id) {
		change(tenant + " unpublish " + newsItem(tenant, id).title());
		return store(newsItem(tenant, id), null, AnnouncementStatus.DRAFT, null);
	}

	@Override
	public News archiveNews(String tenant, UUID id) {
		change(tenant + " archive " + newsItem(tenant, id).title());
		return store(newsItem(tenant, id), null, AnnouncementStatus.ARCHIVED, newsItem(tenant, id).publishAt());
	}

	@Override
	public void deleteNews(String tenant, UUID id) {
		change(tenant + " delete " + newsItem(tenant, id).title());
		this.news.remove(id);
	}

	private News store(News item, NewsDraft draft, AnnouncementStatus status, Instant publishAt) {
		NewsDraft content = (draft != null) ? draft
				: new NewsDraft(item.title(), item.summary(), item.body(), item.category(), item.imageId());
		News changed = new News(item.id(), content.title(), content.summary(), content.body(), content.category(),
				content.imageId(), status, publishAt, item.createdAt(), Instant.now(), item.publicPath());
		this.news.put(changed.id(), changed);
		return changed;
	}

}
