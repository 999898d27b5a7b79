package fr.clocher.announcements.ui.alerts;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.ui.AnnouncementsViewTest;
import fr.clocher.announcements.ui.support.Summary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of alerts, filtered by status and text, opening the editor or the alert in
 * three fields.
 */
class AlertsListViewTests extends AnnouncementsViewTest {

	private static final Instant UNTIL = Instant.parse("2099-12-08T17:00:00Z");

	@Test
	void listsAllButTheArchivedOnesWithWhereTheyStand() {
		this.alerts.add("Coupure d'eau", "Rue des Écoles", UNTIL, AnnouncementStatus.PUBLISHED);
		this.alerts.add("Tempête", null, UNTIL, AnnouncementStatus.DRAFT);
		this.alerts.add("Vieille alerte", null, UNTIL, AnnouncementStatus.ARCHIVED);
		AlertsListView view = navigate(AlertsListView.class);

		assertThat($(H2.class).first().getText()).isEqualTo("Alertes");
		assertThat(titles(view.grid)).containsExactly("Tempête", "Coupure d'eau");
		assertThat(test(view.grid).getCellText(1, 1)).isEqualTo("Rue des Écoles, jusqu'au 8 déc. 2099 18:00");
		assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Brouillon (non publié)");
		assertThat(test(view.grid).getCellText(1, 2)).startsWith("En ligne depuis le ");
	}

	@Test
	void theStatusFilterAsksTheServiceAndTheTextFilterNarrows() {
		this.alerts.add("Coupure d'eau", "Rue des Écoles", UNTIL, AnnouncementStatus.PUBLISHED);
		this.alerts.add("Route fermée", "RD 12", UNTIL, AnnouncementStatus.PUBLISHED);
		this.alerts.add("Vieille alerte", null, UNTIL, AnnouncementStatus.ARCHIVED);
		AlertsListView view = navigate(AlertsListView.class);

		test(view.status).selectItem("Aux archives");
		assertThat(titles(view.grid)).containsExactly("Vieille alerte");

		test(view.status).selectItem("En ligne");
		test(view.text).setValue("écoles");
		assertThat(titles(view.grid)).containsExactly("Coupure d'eau");

		test(view.text).setValue("");
		assertThat(titles(view.grid)).containsExactly("Route fermée", "Coupure d'eau");
	}

	@Test
	void clickingAnAlertOpensItsEditor() {
		Alert alert = this.alerts.add("Coupure d'eau", null, UNTIL, AnnouncementStatus.PUBLISHED);
		AlertsListView view = navigate(AlertsListView.class);
		test(view.grid).clickRow(0);

		AlertEditorView editor = (AlertEditorView) getCurrentView();
		assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("announcements/alerts/" + alert.id());
		assertThat(editor.form.what.getValue()).isEqualTo("Coupure d'eau");
	}

	@Test
	void theAlertInThreeFieldsIsOneClickAway() {
		navigate(AlertsListView.class);
		test($(Button.class).id("quick-alert")).click();
		assertThat(getCurrentView()).isInstanceOf(QuickAlertView.class);
	}

	@Test
	void inEnglishTheListSpeaksEnglish() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		this.alerts.add("Water cut", null, UNTIL, AnnouncementStatus.EXPIRED);
		AlertsListView view = navigate(AlertsListView.class);

		assertThat($(H2.class).first().getText()).isEqualTo("Alerts");
		assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Title");
		assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Expired (no longer shown)");
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("until Dec 8, 2099, 6:00\u202fPM");
	}

	@Test
	void eachAlertShowsItsReadsAndMailAndTheListTheAlertSubscribers() {
		Alert alert = this.alerts.add("Coupure d'eau", "Rue des Écoles", UNTIL, AnnouncementStatus.PUBLISHED);
		this.audience.set(alert.id(), 42, 10, 30, 0);
		this.audience.counts = new SubscriptionCounts(50, 0, 10, 30, 12, 40);
		AlertsListView view = navigate(AlertsListView.class);

		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("42");
		assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("Envoi en cours : 30 sur 40");
		assertThat(view.subscribers.getText())
			.isEqualTo("40 abonnés reçoivent les alertes par courriel (adresses confirmées).");
	}

	@Test
	void anEmptyListSaysSo() {
		AlertsListView view = navigate(AlertsListView.class);
		assertThat(test(view.grid).size()).isZero();
		assertThat(view.grid.getEmptyStateText()).isEqualTo("Aucune alerte ne correspond.");
	}

	private String[] titles(Grid<Summary> grid) {
		String[] titles = new String[test(grid).size()];
		for (int i = 0; i < titles.length; i++) {
			titles[i] = test(grid).getCellText(i, 0);
		}
		return titles;
	}

}
