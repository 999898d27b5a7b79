package fr.clocher.announcements.service.alerts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.AlertDraft;
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
 * Urgent alerts over HTTP.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class AlertsController implements AlertsApi {

	private final KindEndpoints<AlertDraft, Alert> endpoints;

	AlertsController(AnnouncementService service, MemberSites members) {
		this.endpoints = new KindEndpoints<>(Kind.ALERT, service, members, service.drafts()::alert,
				AlertsController::alert);
	}

	@Override
	public List<Alert> alerts(String tenant, AnnouncementStatus status) {
		return this.endpoints.list(status, (row) -> true);
	}

	@Override
	public Alert alert(String tenant, UUID id) {
		return this.endpoints.get(id);
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public Alert createAlert(String tenant, AlertDraft draft) {
		return this.endpoints.create(draft);
	}

	@Override
	public Alert updateAlert(String tenant, UUID id, AlertDraft draft) {
		return this.endpoints.update(id, draft);
	}

	@Override
	public Alert publishAlert(String tenant, UUID id, Publication publication) {
		return this.endpoints.publish(id, publication);
	}

	@Override
	public Alert unpublishAlert(String tenant, UUID id) {
		return this.endpoints.unpublish(id);
	}

	@Override
	public Alert archiveAlert(String tenant, UUID id) {
		return this.endpoints.archive(id);
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void deleteAlert(String tenant, UUID id) {
		this.endpoints.delete(id);
	}

	private static Alert alert(StoredAnnouncement row, Instant now) {
		return new Alert(row.id(), row.title(), row.place(), row.endsAt(), row.body().isEmpty() ? null : row.body(),
				row.status(now), row.publishAt(), row.createdAt(), row.updatedAt());
	}

}
