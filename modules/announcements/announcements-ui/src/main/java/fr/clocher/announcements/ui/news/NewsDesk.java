package fr.clocher.announcements.ui.news;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.NewsApi;
import fr.clocher.announcements.api.NewsDraft;
import fr.clocher.announcements.api.Publication;
import fr.clocher.announcements.ui.support.Desk;
import fr.clocher.announcements.ui.support.Summary;

/**
 * News items through {@link NewsApi}.
 */
class NewsDesk implements Desk<News, NewsDraft> {

	private final NewsApi api;

	NewsDesk(NewsApi api) {
		this.api = api;
	}

	@Override
	public List<News> list(String tenant, AnnouncementStatus status) {
		return this.api.news(tenant, status, null);
	}

	@Override
	public News get(String tenant, UUID id) {
		return this.api.newsItem(tenant, id);
	}

	@Override
	public News create(String tenant, NewsDraft draft) {
		return this.api.createNews(tenant, draft);
	}

	@Override
	public News update(String tenant, UUID id, NewsDraft draft) {
		return this.api.updateNews(tenant, id, draft);
	}

	@Override
	public News publish(String tenant, UUID id, Publication publication) {
		return this.api.publishNews(tenant, id, publication);
	}

	@Override
	public News unpublish(String tenant, UUID id) {
		return this.api.unpublishNews(tenant, id);
	}

	@Override
	public News archive(String tenant, UUID id) {
		return this.api.archiveNews(tenant, id);
	}

	@Override
	public void delete(String tenant, UUID id) {
		this.api.deleteNews(tenant, id);
	}

	@Override
	public Summary summary(News news) {
		return new Summary(news.id(), news.title(), Objects.requireNonNullElse(news.category(), ""), news.status(),
				news.publishAt(), news.updatedAt(), news.publicPath());
	}

}
