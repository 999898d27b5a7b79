package fr.clocher.announcements.ui.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Event;
import fr.clocher.announcements.ui.AnnouncementsViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing an event: whole days or timed, its place and registration link, and the
 * service's refusals shown on the fields they name.
 */
class EventEditorViewTests extends AnnouncementsViewTest {

	@Test
	void aTimedEventIsSavedWithItsDaysTimesPlaceAndLink() {
		EventEditorView editor = navigate(EventEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Loto de l'école");
		test(editor.form.startDay).setValue(LocalDate.of(2099, 3, 14));
		test(editor.form.startTime).setValue(LocalTime.of(14, 0));
		test(editor.form.endTime).setValue(LocalTime.of(18, 30));
		test(editor.form.place).setValue("Salle des fêtes");
		test(editor.form.registrationUrl).setValue("https://inscriptions.example/loto");
		test(editor.save).click();

		Event saved = this.events.events.values().iterator().next();
		assertThat(saved.allDay()).isFalse();
		assertThat(saved.start()).isEqualTo(LocalDateTime.of(2099, 3, 14, 14, 0));
		assertThat(saved.end()).isEqualTo(LocalDateTime.of(2099, 3, 14, 18, 30));
		assertThat(saved.place()).isEqualTo("Salle des fêtes");
		assertThat(saved.registrationUrl()).isEqualTo("https://inscriptions.example/loto");
		assertThat(editor.status.getText()).isEqualTo("Brouillon (non publié)");
	}

	@Test
	void anAllDayEventHidesTheTimesAndSendsWholeDays() {
		EventEditorView editor = navigate(EventEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Fête de la Saint-Jean");
		test(editor.form.allDay).click();
		test(editor.form.startDay).setValue(LocalDate.of(2099, 6, 24));
		test(editor.form.endDay).setValue(LocalDate.of(2099, 6, 25));
		test(editor.publishNow).click();

		assertThat(editor.form.startTime.isVisible()).isFalse();
		assertThat(editor.form.endTime.isVisible()).isFalse();
		Event saved = this.events.events.values().iterator().next();
		assertThat(saved.allDay()).isTrue();
		assertThat(saved.start()).isEqualTo(LocalDateTime.of(2099, 6, 24, 0, 0));
		assertThat(saved.end()).isEqualTo(LocalDateTime.of(2099, 6, 25, 0, 0));
		assertThat(saved.status()).isEqualTo(AnnouncementStatus.PUBLISHED);
	}

	@Test
	void anEndBeforeTheStartIsRefusedOnTheEndAndNamed() {
		EventEditorView editor = navigate(EventEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Concert");
		test(editor.form.startDay).setValue(LocalDate.of(2099, 5, 2));
		test(editor.form.startTime).setValue(LocalTime.of(20, 0));
		test(editor.form.endDay).setValue(LocalDate.of(2099, 5, 1));
		test(editor.save).click();

		assertThat(this.events.events).isEmpty();
		assertThat(editor.form.endDay.isInvalid()).isTrue();
		assertThat(editor.form.startDay.isInvalid()).isFalse();
		assertThat(notification()).isEqualTo("Fin : L'événement ne peut pas finir avant de commencer.");
	}

	@Test
	void aLinkThatIsNotAWebAddressIsRefusedOnTheLinkInEnglishToo() {
		com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
		EventEditorView editor = navigate(EventEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Concert");
		test(editor.form.startDay).setValue(LocalDate.of(2099, 5, 2));
		test(editor.form.registrationUrl).setValue("mairie@saint-martin.fr");
		test(editor.save).click();

		assertThat(editor.form.registrationUrl.isInvalid()).isTrue();
		assertThat(notification()).isEqualTo("Registration link: A web address starting with https:// is expected.");
	}

	@Test
	void anExistingEventOpensWithItsFields() {
		Event event = this.events.add("Cérémonie du 11 novembre", "Monument aux morts",
				LocalDateTime.of(2099, 11, 11, 11, 0), AnnouncementStatus.PUBLISHED);
		EventEditorView editor = navigate(EventEditorView.class, Map.of("id", event.id().toString()));

		assertThat(editor.form.title.getValue()).isEqualTo("Cérémonie du 11 novembre");
		assertThat(editor.form.startDay.getValue()).isEqualTo(LocalDate.of(2099, 11, 11));
		assertThat(editor.form.startTime.getValue()).isEqualTo(LocalTime.of(11, 0));
		assertThat(editor.form.place.getValue()).isEqualTo("Monument aux morts");
		assertThat(editor.publicLink.getHref()).isEqualTo(SITE.replaceAll("/$", "") + "/agenda/" + event.id());
	}

}
