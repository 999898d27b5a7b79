package fr.clocher.announcements.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertDraft;
import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Publication;

import org.springframework.http.HttpStatus;

/**
 * One commune's alerts in memory, checked as the service checks them (what and until
 * required, until to come), recording every change.
 */
public class InMemoryAlertsApi extends Changes implements AlertsApi {

	public final Map<UUID, Alert> alerts = new LinkedHashMap<>();

	@Override
	void reset() {
		super.reset();
		this.alerts.clear();
	}

	/** Adds an alert as the commune already has it. */
	public Alert add(String what, String where, Instant until, AnnouncementStatus status) {
		Instant now = Instant.now();
		Alert alert = new Alert(UUID.randomUUID(), what, where, until, null, status,
				(status == AnnouncementStatus.DRAFT) ? null : now, now, now);
		this.alerts.put(alert.id(), alert);
		return alert;
	}

	@Override
	public List<Alert> alerts(String tenant, AnnouncementStatus status) {
		return this.alerts.values()
			.stream()
			.filter((alert) -> listed(alert.status(), status))
			.sorted(Comparator.comparing(Alert::createdAt).reversed())
			.toList();
	}

	@Override
	public Alert alert(String tenant, UUID id) {
		Alert alert = this.alerts.get(id);
		if (alert == null) {
			throw Problems.refusal(HttpStatus.NOT_FOUND, "alert-not-found", "id", "Cette alerte n'existe pas.");
		}
		return alert;
	}

	@Override
	public Alert createAlert(String tenant, AlertDraft draft) {
		check(draft);
		change(tenant + " create " + draft.what());
		Alert alert = add(draft.what(), draft.where(), draft.until(), AnnouncementStatus.DRAFT);
		return store(alert, draft, AnnouncementStatus.DRAFT, null);
	}

	@Override
	public Alert updateAlert(String tenant, UUID id, AlertDraft draft) {
		check(draft);
		change(tenant + " update " + draft.what());
		Alert alert = alert(tenant, id);
		return store(alert, draft, alert.status(), alert.publishAt());
	}

	@Override
	public Alert publishAlert(String tenant, UUID id, Publication publication) {
		Alert alert = alert(tenant, id);
		if (!alert.until().isAfter(publishAt(publication))) {
			new Problems()
				.add("until", "L'alerte serait déjà finie à sa publication : changez sa fin.",
						"The alert would already be over when published: change its end.")
				.throwIfAny();
		}
		change(tenant + " publish " + alert.what());
		return store(alert, null, published(publication), publishAt(publication));
	}

	@Override
	public Alert unpublishAlert(String tenant, UUID id) {
		change(tenant + " unpublish " + alert(tenant, id).what());
		return store(alert(tenant, id), null, AnnouncementStatus.DRAFT, null);
	}

	@Override
	public Alert archiveAlert(String tenant, UUID id) {
		change(tenant + " archive " + alert(tenant, id).what());
		return store(alert(tenant, id), null, AnnouncementStatus.ARCHIVED, alert(tenant, id).publishAt());
	}

	@Override
	public void deleteAlert(String tenant, UUID id) {
		change(tenant + " delete " + alert(tenant, id).what());
		this.alerts.remove(id);
	}

	private static void check(AlertDraft draft) {
		Problems problems = new Problems().required("what", draft.what()).required("until", draft.until());
		if (draft.until() != null && !draft.until().isAfter(Instant.now())) {
			problems.add("until", "La fin de l'alerte est déjà passée : choisissez une date à venir.",
					"The alert's end has already passed: choose a moment to come.");
		}
		problems.throwIfAny();
	}

	private Alert store(Alert alert, AlertDraft draft, AnnouncementStatus status, Instant publishAt) {
		Alert changed = (draft != null)
				? new Alert(alert.id(), draft.what(), draft.where(), draft.until(), draft.details(), status, publishAt,
						alert.createdAt(), Instant.now())
				: new Alert(alert.id(), alert.what(), alert.where(), alert.until(), alert.details(), status, publishAt,
						alert.createdAt(), Instant.now());
		this.alerts.put(changed.id(), changed);
		return changed;
	}

}
