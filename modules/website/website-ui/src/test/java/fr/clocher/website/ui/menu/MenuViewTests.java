package fr.clocher.website.ui.menu;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import fr.clocher.website.api.Menu;
import fr.clocher.website.api.MenuEntry;
import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageStatus;
import fr.clocher.website.ui.WebsiteViewTest;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's menu: entries shown as saved, added, grouped, reordered and saved, and a
 * refusal shown on the entry's field it names.
 */
class MenuViewTests extends WebsiteViewTest {

	@Test
	void showsTheMenuAsSaved() {
		Page townHallPage = this.pages.add("La mairie", "mairie", PageStatus.PUBLISHED);
		this.menu.current = new Menu(List.of(MenuEntry.page("Mairie", townHallPage.id()),
				MenuEntry.group("Vie pratique", List.of(MenuEntry.link("Conseil", "/conseil-municipal")))));
		navigate(MenuView.class);

		MenuRow page = row("entry-0");
		assertThat(page.label.getValue()).isEqualTo("Mairie");
		assertThat(opens(page)).isEqualTo("une page du site");
		assertThat(page.page.getValue().title()).isEqualTo("La mairie");
		assertThat(page.page.isVisible()).isTrue();
		assertThat(page.url.isVisible()).isFalse();
		MenuRow group = row("entry-1");
		assertThat(group.label.getValue()).isEqualTo("Vie pratique");
		assertThat(opens(group)).isEqualTo("un groupe de sous-entrées");
		assertThat($(Button.class).withText("Ajouter une sous-entrée").all()).hasSize(1);
		MenuRow child = row("entry-1-0");
		assertThat(child.label.getValue()).isEqualTo("Conseil");
		assertThat(child.url.getValue()).isEqualTo("/conseil-municipal");
		assertThat(child.url.isVisible()).isTrue();
		assertThat(child.page.isVisible()).isFalse();
		assertThat(test(child.target).getSuggestions()).containsExactly("une page du site", "une adresse");
		assertThat($(Paragraph.class).withText("Le menu n'a pas encore d'entrée.").all()).isEmpty();
	}

	@Test
	void anEntryOpeningAPageIsAddedAndSaved() {
		Page townHallPage = this.pages.add("La mairie", "mairie", PageStatus.PUBLISHED);
		navigate(MenuView.class);
		assertThat($(Paragraph.class).withText("Le menu n'a pas encore d'entrée.").all()).hasSize(1);

		test($(Button.class).id("add-entry")).click();
		test(row("entry-0").label).setValue("Mairie");
		test(row("entry-0").page).selectItem("La mairie");
		test($(Button.class).id("save-menu")).click();

		assertThat(this.menu.saved).containsExactly(new Menu(List.of(MenuEntry.page("Mairie", townHallPage.id()))));
		assertThat(notification()).isEqualTo("Menu enregistré.");
		assertThat(row("entry-0").label.getValue()).isEqualTo("Mairie");
		assertThat($(Paragraph.class).withText("Le menu n'a pas encore d'entrée.").all()).isEmpty();
	}

	@Test
	void aGroupIsSavedWithTheSubEntryTypedUnderIt() {
		navigate(MenuView.class);
		test($(Button.class).id("add-entry")).click();
		test(row("entry-0").label).setValue("Vie pratique");
		test(row("entry-0").target).selectItem("un groupe de sous-entrées");
		test($(Button.class).withText("Ajouter une sous-entrée").single()).click();
		test(row("entry-0-0").label).setValue("Conseil municipal");
		test(row("entry-0-0").target).selectItem("une adresse");
		test(row("entry-0-0").url).setValue(" /conseil-municipal ");
		test($(Button.class).id("save-menu")).click();

		assertThat(this.menu.saved).containsExactly(new Menu(List
			.of(MenuEntry.group("Vie pratique", List.of(MenuEntry.link("Conseil municipal", "/conseil-municipal"))))));
		assertThat(notification()).isEqualTo("Menu enregistré.");
	}

	@Test
	void anEntryMovedDownIsSavedInItsNewPlace() {
		this.menu.current = new Menu(List.of(MenuEntry.link("Mairie", "/mairie"), MenuEntry.link("Écoles", "/ecoles")));
		navigate(MenuView.class);

		test($(Button.class).withAttribute("aria-label", "Descendre Mairie").single()).click();

		assertThat(row("entry-0").label.getValue()).isEqualTo("Écoles");
		test($(Button.class).id("save-menu")).click();
		assertThat(this.menu.saved).containsExactly(
				new Menu(List.of(MenuEntry.link("Écoles", "/ecoles"), MenuEntry.link("Mairie", "/mairie"))));
	}

	@Test
	void aRefusedAddressIsShownOnItsEntryAndGoesOnceCorrected() {
		this.menu.current = new Menu(
				List.of(MenuEntry.link("Mairie", "/mairie"), MenuEntry.link("Associations", "associations")));
		this.menu.failure = refusal(HttpStatus.BAD_REQUEST, "Le menu n'a pas été enregistré.", "entries[1].url",
				"Une adresse commence par https:// ou par /.");
		navigate(MenuView.class);
		test($(Button.class).id("save-menu")).click();

		assertThat(this.menu.saved).isEmpty();
		assertThat(notification()).isEqualTo("Le menu n'a pas été enregistré.");
		assertThat(row("entry-1").url.isInvalid()).isTrue();
		assertThat(row("entry-1").url.getErrorMessage()).isEqualTo("Une adresse commence par https:// ou par /.");
		assertThat(row("entry-1").url.getValue()).isEqualTo("associations");
		assertThat(row("entry-0").url.isInvalid()).isFalse();

		this.menu.failure = null;
		test(row("entry-1").url).setValue("/associations");
		test($(Button.class).id("save-menu")).click();

		assertThat(this.menu.saved).containsExactly(new Menu(
				List.of(MenuEntry.link("Mairie", "/mairie"), MenuEntry.link("Associations", "/associations"))));
		assertThat(row("entry-1").url.isInvalid()).isFalse();
		assertThat(notification()).isEqualTo("Menu enregistré.");
	}

	private MenuRow row(String id) {
		return $(MenuRow.class).id(id);
	}

	private static String opens(MenuRow row) {
		return row.target.getItemLabelGenerator().apply(row.target.getValue());
	}

}
