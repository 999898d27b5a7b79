package fr.clocher.announcements.ui.news;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.ui.AnnouncementsViewTest;
import fr.clocher.announcements.ui.support.Summary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's view of what her news reached: each item's reads and where its mail
 * stands (none, queued, sending, sent, failing), and how many confirmed subscribers
 * receive the news.
 */
class NewsListViewTests extends AnnouncementsViewTest {

	private static final int READS = 4;

	private static final int MAIL = 5;

	@Test
	void eachItemShowsItsReadsAndItsMailAndTheListItsSubscribers() {
		News draft = this.news.add("Brouillon", null, AnnouncementStatus.DRAFT);
		News queued = this.news.add("En attente", null, AnnouncementStatus.PUBLISHED);
		News sending = this.news.add("En cours", null, AnnouncementStatus.PUBLISHED);
		News sent = this.news.add("Envoyée", null, AnnouncementStatus.PUBLISHED);
		News failing = this.news.add("En échec", null, AnnouncementStatus.PUBLISHED);
		this.audience.set(queued.id(), 0, 3, 0, 0);
		this.audience.set(sending.id(), 12, 1, 2, 0);
		this.audience.set(sent.id(), 87, 0, 3, 0);
		this.audience.set(failing.id(), 1, 2, 1, 2);
		this.audience.counts = new SubscriptionCounts(5, 1, 3, 6, 3, 4);
		NewsListView view = navigate(NewsListView.class);

		assertThat(test(view.grid).getHeaderCell(READS)).isEqualTo("Lectures");
		assertThat(test(view.grid).getHeaderCell(MAIL)).isEqualTo("Envoi par courriel");
		assertThat(row(view.grid, draft)).containsExactly("0", "Aucun envoi");
		assertThat(row(view.grid, queued)).containsExactly("0", "En file d'attente (3)");
		assertThat(row(view.grid, sending)).containsExactly("12", "Envoi en cours : 2 sur 3");
		assertThat(row(view.grid, sent)).containsExactly("87", "Envoyé : 3 sur 3");
		assertThat(row(view.grid, failing)).containsExactly("1", "Échec, nouvel essai prévu : 1 sur 3 envoyés");
		assertThat(view.subscribers.isVisible()).isTrue();
		assertThat(view.subscribers.getText())
			.isEqualTo("3 abonnés reçoivent les actualités par courriel (adresses confirmées).");
	}

	@Test
	void oneSubscriberInTheSingular() {
		this.audience.counts = new SubscriptionCounts(1, 0, 0, 0, 1, 0);
		assertThat(navigate(NewsListView.class).subscribers.getText())
			.isEqualTo("1 abonné reçoit les actualités par courriel (adresses confirmées).");
	}

	@Test
	void noConfirmedSubscriberSaysSo() {
		this.audience.counts = new SubscriptionCounts(0, 2, 0, 0, 0, 0);
		assertThat(navigate(NewsListView.class).subscribers.getText())
			.isEqualTo("Aucun abonné ne reçoit les actualités par courriel (adresses confirmées).");
	}

	@Test
	void inEnglishToo() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		News sent = this.news.add("Fair", null, AnnouncementStatus.PUBLISHED);
		this.audience.set(sent.id(), 2, 0, 7, 0);
		this.audience.counts = new SubscriptionCounts(7, 0, 0, 7, 7, 2);
		NewsListView view = navigate(NewsListView.class);

		assertThat(test(view.grid).getHeaderCell(READS)).isEqualTo("Reads");
		assertThat(row(view.grid, sent)).containsExactly("2", "Sent: 7 of 7");
		assertThat(view.subscribers.getText())
			.isEqualTo("7 subscribers receive the news by e-mail (confirmed addresses).");
	}

	private String[] row(Grid<Summary> grid, News item) {
		for (int i = 0; i < test(grid).size(); i++) {
			if (test(grid).getCellText(i, 0).equals(item.title())) {
				return new String[] { test(grid).getCellText(i, READS), test(grid).getCellText(i, MAIL) };
			}
		}
		throw new AssertionError(item.title() + " is not listed");
	}

}
