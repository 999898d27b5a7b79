package fr.clocher.announcements.ui.alerts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.ui.AnnouncementsViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alert with its details: scheduling it after its end is refused on its end.
 */
class AlertEditorViewTests extends AnnouncementsViewTest {

	@Test
	void schedulingAfterItsEndIsRefusedOnUntilAndNothingIsPublished() {
		Alert alert = this.alerts.add("Coupure d'eau", "Rue des Écoles", Instant.parse("2099-12-08T17:00:00Z"),
				AnnouncementStatus.DRAFT);
		AlertEditorView editor = navigate(AlertEditorView.class, Map.of("id", alert.id().toString()));
		test(editor.form.details).setValue("Rétablissement prévu en fin d'après-midi.");
		test(editor.publishAt).setValue(LocalDateTime.of(2099, 12, 9, 8, 0));
		test(editor.schedule).click();

		assertThat(this.alerts.calls).containsExactly("saint-martin update Coupure d'eau");
		assertThat(this.alerts.alerts.get(alert.id()).status()).isEqualTo(AnnouncementStatus.DRAFT);
		assertThat(this.alerts.alerts.get(alert.id()).details()).isEqualTo("Rétablissement prévu en fin d'après-midi.");
		assertThat(editor.form.until.isInvalid()).isTrue();
		assertThat(notification())
			.isEqualTo("Jusqu'à quand : L'alerte serait déjà finie à sa publication : changez sa fin.");
	}

	@Test
	void anExpiredAlertSaysSoAndCanOnlyBeArchivedOrDeleted() {
		Alert alert = this.alerts.add("Orage", null, Instant.parse("2020-06-01T17:00:00Z"), AnnouncementStatus.EXPIRED);
		AlertEditorView editor = navigate(AlertEditorView.class, Map.of("id", alert.id().toString()));

		assertThat(editor.status.getText()).isEqualTo("Expirée (plus affichée)");
		assertThat(editor.unpublish.isVisible()).isFalse();
		assertThat(editor.archive.isVisible()).isTrue();
		assertThat(editor.delete.isVisible()).isTrue();
	}

}
