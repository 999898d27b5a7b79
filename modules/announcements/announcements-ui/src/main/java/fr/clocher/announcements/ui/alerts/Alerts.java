package fr.clocher.announcements.ui.alerts;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertDraft;
import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.ui.support.Dates;
import fr.clocher.announcements.ui.support.Desk;
import fr.clocher.announcements.ui.support.Summary;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Alerts as the screens handle them, through {@link AlertsApi}.
 */
final class Alerts {

	private Alerts() {
	}

	static Desk<Alert, AlertDraft> desk(AlertsApi api) {
		return new Desk<>(api::alerts, api::alert, api::createAlert, api::updateAlert, api::publishAlert,
				api::unpublishAlert, api::archiveAlert, api::deleteAlert, Alerts::summary);
	}

	static Summary summary(Alert alert) {
		return new Summary(alert.id(), alert.what(), where(alert), alert.status(), alert.publishAt(), alert.updatedAt(),
				null);
	}

	/** Where and until when ("Rue des Écoles, jusqu'au 8 déc. 2026 18:00"). */
	static String where(Alert alert) {
		String until = translate("announcements.alerts.until-moment", Dates.format(alert.until()));
		return (alert.where() != null && !alert.where().isBlank()) ? alert.where() + ", " + until : until;
	}

}
