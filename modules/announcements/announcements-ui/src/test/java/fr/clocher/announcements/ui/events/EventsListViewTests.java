package fr.clocher.announcements.ui.events;

import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.ui.AnnouncementsViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's list: when and where beside each title, the upcoming ones on their own.
 */
class EventsListViewTests extends AnnouncementsViewTest {

	@Test
	void showsWhenAndWhereAndKeepsTheUpcomingOnesAtAClick() {
		this.events.add("Loto", "Salle des fêtes", LocalDateTime.of(2099, 3, 14, 14, 0), AnnouncementStatus.PUBLISHED);
		this.events.add("Vide-grenier 2020", "Place de l'Église", LocalDateTime.of(2020, 5, 10, 8, 0),
				AnnouncementStatus.PUBLISHED);
		EventsListView view = navigate(EventsListView.class);

		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("14 mars 2099 14:00, Salle des fêtes");

		test(view.upcoming).click();
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Loto");
	}

	@Test
	void eventsShowTheirReadsAndNoSubscriberCountSinceTheyAreNotMailed() {
		var concert = this.events.add("Concert", "Église", LocalDateTime.of(2099, 6, 21, 20, 0),
				AnnouncementStatus.PUBLISHED);
		this.audience.set(concert.id(), 9, 0, 0, 0);
		EventsListView view = navigate(EventsListView.class);

		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("9");
		assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("Aucun envoi");
		assertThat(view.subscribers.isVisible()).isFalse();
	}

	@Test
	void aNewEventOpensAnEmptyEditor() {
		navigate(EventsListView.class);
		test($(Button.class).id("new-announcement")).click();

		EventEditorView editor = (EventEditorView) getCurrentView();
		assertThat(editor.form.title.getValue()).isEmpty();
		assertThat(editor.status.getText()).isEqualTo("Nouvelle annonce, pas encore enregistrée");
		assertThat(editor.delete.isVisible()).isFalse();
	}

}
