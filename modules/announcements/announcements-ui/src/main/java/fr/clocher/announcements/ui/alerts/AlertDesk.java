package fr.clocher.announcements.ui.alerts;

import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertDraft;
import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Publication;
import fr.clocher.announcements.ui.support.Dates;
import fr.clocher.announcements.ui.support.Desk;
import fr.clocher.announcements.ui.support.Summary;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Alerts through {@link AlertsApi}.
 */
class AlertDesk implements Desk<Alert, AlertDraft> {

	private final AlertsApi api;

	AlertDesk(AlertsApi api) {
		this.api = api;
	}

	@Override
	public List<Alert> list(String tenant, AnnouncementStatus status) {
		return this.api.alerts(tenant, status);
	}

	@Override
	public Alert get(String tenant, UUID id) {
		return this.api.alert(tenant, id);
	}

	@Override
	public Alert create(String tenant, AlertDraft draft) {
		return this.api.createAlert(tenant, draft);
	}

	@Override
	public Alert update(String tenant, UUID id, AlertDraft draft) {
		return this.api.updateAlert(tenant, id, draft);
	}

	@Override
	public Alert publish(String tenant, UUID id, Publication publication) {
		return this.api.publishAlert(tenant, id, publication);
	}

	@Override
	public Alert unpublish(String tenant, UUID id) {
		return this.api.unpublishAlert(tenant, id);
	}

	@Override
	public Alert archive(String tenant, UUID id) {
		return this.api.archiveAlert(tenant, id);
	}

	@Override
	public void delete(String tenant, UUID id) {
		this.api.deleteAlert(tenant, id);
	}

	@Override
	public Summary summary(Alert alert) {
		return new Summary(alert.id(), alert.what(), where(alert), alert.status(), alert.publishAt(), alert.updatedAt(),
				null);
	}

	/** Where and until when ("Rue des Écoles, jusqu'au 8 déc. 2026 18:00"). */
	static String where(Alert alert) {
		String until = translate("announcements.alerts.until-moment", Dates.format(alert.until()));
		return (alert.where() != null && !alert.where().isBlank()) ? alert.where() + ", " + until : until;
	}

}
