package fr.clocher.announcements.ui.news;

import java.util.Objects;

import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.NewsApi;
import fr.clocher.announcements.api.NewsDraft;
import fr.clocher.announcements.ui.support.Desk;
import fr.clocher.announcements.ui.support.Summary;

/**
 * News items as the screens handle them, through {@link NewsApi}.
 */
final class NewsItems {

	private NewsItems() {
	}

	static Desk<News, NewsDraft> desk(NewsApi api) {
		return new Desk<>((tenant, status) -> api.news(tenant, status, null), api::newsItem, api::createNews,
				api::updateNews, api::publishNews, api::unpublishNews, api::archiveNews, api::deleteNews,
				NewsItems::summary);
	}

	static Summary summary(News news) {
		return new Summary(news.id(), news.title(), Objects.requireNonNullElse(news.category(), ""), news.status(),
				news.publishAt(), news.updatedAt(), news.publicPath());
	}

}
