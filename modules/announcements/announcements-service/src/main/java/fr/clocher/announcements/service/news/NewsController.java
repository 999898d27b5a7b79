package fr.clocher.announcements.service.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.NewsApi;
import fr.clocher.announcements.api.NewsDraft;
import fr.clocher.announcements.api.Publication;
import fr.clocher.announcements.service.content.AnnouncementService;
import fr.clocher.announcements.service.content.KindEndpoints;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.MemberSites;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.kernel.module.ModuleEndpoint;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * News items over HTTP.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class NewsController implements NewsApi {

	private final KindEndpoints<NewsDraft, News> endpoints;

	NewsController(AnnouncementService service, MemberSites members) {
		this.endpoints = new KindEndpoints<>(Kind.NEWS, service, members, service.drafts()::news, NewsController::news);
	}

	@Override
	public List<News> news(String tenant, AnnouncementStatus status, String category) {
		return this.endpoints.list(status, (row) -> category == null || category.equalsIgnoreCase(row.category()));
	}

	@Override
	public News newsItem(String tenant, UUID id) {
		return this.endpoints.get(id);
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public News createNews(String tenant, NewsDraft draft) {
		return this.endpoints.create(draft);
	}

	@Override
	public News updateNews(String tenant, UUID id, NewsDraft draft) {
		return this.endpoints.update(id, draft);
	}

	@Override
	public News publishNews(String tenant, UUID id, Publication publication) {
		return this.endpoints.publish(id, publication);
	}

	@Override
	public News unpublishNews(String tenant, UUID id) {
		return this.endpoints.unpublish(id);
	}

	@Override
	public News archiveNews(String tenant, UUID id) {
		return this.endpoints.archive(id);
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void deleteNews(String tenant, UUID id) {
		this.endpoints.delete(id);
	}

	private static News news(StoredAnnouncement row, Instant now) {
		return new News(row.id(), row.title(), row.summary(), row.body(), row.category(), row.imageId(),
				row.status(now), row.publishAt(), row.createdAt(), row.updatedAt(), row.publicPath());
	}

}
