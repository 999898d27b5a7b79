package fr.clocher.announcements.ui.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.ui.AnnouncementsModuleUi;
import fr.clocher.announcements.ui.AnnouncementsViewTest;
import fr.clocher.announcements.ui.InMemoryAlertsApi;
import fr.clocher.announcements.ui.Problems;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.WorkspaceCommune;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard card: the alerts on the site, soonest to end first, those ending within a
 * day marked, and the alert in three fields one click away.
 */
class AlertsCardTests extends AnnouncementsViewTest {

	/** 7 December 2099, 10:00 UTC. */
	private static final Instant NOW = Instant.parse("2099-12-07T10:00:00Z");

	@Test
	void listsTheAlertsOnTheSiteSoonestToEndFirstAndMarksThoseEndingWithinADay() {
		this.alerts.add("Route fermée", "RD 12", Instant.parse("2099-12-10T17:00:00Z"), AnnouncementStatus.PUBLISHED);
		this.alerts.add("Coupure d'eau", "Rue des Écoles", Instant.parse("2099-12-07T17:00:00Z"),
				AnnouncementStatus.PUBLISHED);
		this.alerts.add("Brouillon d'alerte", null, Instant.parse("2099-12-07T12:00:00Z"), AnnouncementStatus.DRAFT);
		this.alerts.add("Alerte finie", null, Instant.parse("2099-12-06T12:00:00Z"), AnnouncementStatus.EXPIRED);
		Component card = render();

		List<ListItem> items = $(ListItem.class, card).all();
		assertThat(items).extracting((item) -> item.getElement().getTextRecursively())
			.containsExactly("Coupure d'eau — Rue des Écoles, jusqu'au 7 déc. 2099 18:00 Expire dans moins de 24 h",
					"Route fermée — RD 12, jusqu'au 10 déc. 2099 18:00");
	}

	@Test
	void saysHowManyConfirmedSubscribersReceiveTheAlertsByMail() {
		this.audience.counts = new SubscriptionCounts(30, 4, 0, 0, 20, 25);
		Component card = render();
		assertThat($(Paragraph.class, card).id("announcements-card-subscribers").getText())
			.isEqualTo("25 abonnés reçoivent les alertes par courriel (adresses confirmées).");
	}

	@Test
	void withoutAlertItSaysSoAndOffersToPostOne() {
		Component card = render();

		assertThat($(Paragraph.class, card).first().getText()).isEqualTo("Aucune alerte sur le site en ce moment.");
		test($(RouterLink.class, card).id("announcements-card-post")).click();
		assertThat(getCurrentView()).isInstanceOf(QuickAlertView.class);
	}

	@Test
	void anAlertOpensInItsEditor() {
		Alert alert = this.alerts.add("Coupure d'eau", null, Instant.parse("2099-12-08T17:00:00Z"),
				AnnouncementStatus.PUBLISHED);
		Component card = render();
		test($(RouterLink.class, card).withText("Coupure d'eau").first()).click();

		AlertEditorView editor = (AlertEditorView) getCurrentView();
		assertThat(editor.item().id()).isEqualTo(alert.id());
		assertThat(editor.form.what.getValue()).isEqualTo("Coupure d'eau");
	}

	@Test
	void aFailureIsSaidInTheCardNotThrown() {
		DashboardCard failing = new AlertsCard(new InMemoryAlertsApiFailing(), this.audience,
				Clock.fixed(NOW, ZoneOffset.UTC));
		Component card = failing.render(WorkspaceCommune.require()).orElseThrow();
		UI.getCurrent().add(card);

		assertThat($(Paragraph.class, card).first().getText()).isEqualTo("Accès refusé.");
	}

	@Test
	void theModuleOffersTheAlertInThreeFieldsFirstInTheMenuAndTheCardOnTheDashboard() {
		AnnouncementsModuleUi ui = new AnnouncementsModuleUi(this.alerts, this.audience, Clock.systemUTC());
		assertThat(ui.moduleKey()).isEqualTo("announcements");
		assertThat(ui.menu().get(0).view()).isEqualTo(QuickAlertView.class);
		assertThat(ui.dashboardCards()).singleElement().isInstanceOf(AlertsCard.class);
	}

	private Component render() {
		Component card = new AlertsCard(this.alerts, this.audience, Clock.fixed(NOW, ZoneOffset.UTC))
			.render(WorkspaceCommune.require())
			.orElseThrow();
		UI.getCurrent().add(card);
		return card;
	}

	/** An alerts API that refuses the secretary. */
	private static final class InMemoryAlertsApiFailing extends InMemoryAlertsApi {

		@Override
		public List<Alert> alerts(String tenant, AnnouncementStatus status) {
			throw Problems.refusal(HttpStatus.FORBIDDEN, "forbidden", "tenant", "Accès refusé.");
		}

	}

}
