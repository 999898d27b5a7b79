package fr.clocher.announcements.ui.intercommunal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.SharedAnnouncement;
import fr.clocher.announcements.ui.AnnouncementsViewTest;
import fr.clocher.kernel.api.TenantKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune hides locally what its intercommunality publishes; an intercommunality is
 * told where its own announcements go.
 */
class IntercommunalViewTests extends AnnouncementsViewTest {

	@Test
	void aCommuneSeesItsGroupsAnnouncementsAndHidesOneLocally() {
		SharedAnnouncement collecte = this.intercommunal.add("NEWS", "Collecte des encombrants", false);
		this.intercommunal.add("EVENT", "Forum de l'emploi", true);
		IntercommunalView view = navigate(IntercommunalView.class);

		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Actualité");
		assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Communauté de communes du Val");
		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Affichée");
		assertThat(test(view.grid).getCellText(1, 4)).isEqualTo("Masquée");

		Button hide = (Button) test(view.grid).getCellComponent(0, 5);
		assertThat(hide.getText()).isEqualTo("Masquer ici");
		test(hide).click();

		assertThat(this.intercommunal.calls).containsExactly("saint-martin hide Collecte des encombrants");
		assertThat(this.intercommunal.shared.get(0).hidden()).isTrue();
		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Masquée");
		assertThat(((Button) test(view.grid).getCellComponent(0, 5)).getText()).isEqualTo("Afficher ici");
		assertThat(notification())
			.isEqualTo("« Collecte des encombrants » n'est plus affichée sur le site de la commune.");
		assertThat(collecte.id()).isEqualTo(this.intercommunal.shared.get(0).id());
	}

	@Test
	void aHiddenAnnouncementIsShownAgain() {
		this.intercommunal.add("ALERT", "Alerte canicule", true);
		IntercommunalView view = navigate(IntercommunalView.class);
		test((Button) test(view.grid).getCellComponent(0, 5)).click();

		assertThat(this.intercommunal.calls).containsExactly("saint-martin show Alerte canicule");
		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Affichée");
	}

	@Test
	void anIntercommunalityIsToldWhereItsAnnouncementsGoAndNothingIsRead() {
		select(TenantKind.INTERCOMMUNALITY);
		IntercommunalView view = navigate(IntercommunalView.class);

		assertThat(this.intercommunal.reads).isZero();
		assertThat(view.grid.isAttached()).isFalse();
		assertThat($(Paragraph.class).first().getText()).startsWith(
				"Les actualités, événements et alertes que vous publiez paraissent sur le site de chacune de vos communes membres");
	}

}
