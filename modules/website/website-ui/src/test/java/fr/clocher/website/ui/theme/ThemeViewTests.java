package fr.clocher.website.ui.theme;

import org.junit.jupiter.api.Test;

import fr.clocher.website.api.Theme;
import fr.clocher.website.ui.WebsiteViewTest;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's colour: the screen sends what the secretary chose and shows the server's
 * refusal on the colour field.
 */
class ThemeViewTests extends WebsiteViewTest {

	@Test
	void showsTheColourAndSavesANewOne() {
		this.theme.current = new Theme("#1f5f8b", null, null);
		ThemeView view = navigate(ThemeView.class);
		assertThat(view.color.getValue()).isEqualTo("#1f5f8b");

		test(view.color).setValue("#7a1f3d");
		test(view.save).click();

		assertThat(this.theme.saved).containsExactly(new Theme("#7a1f3d", null, null));
		assertThat(notification()).isEqualTo("Apparence enregistrée.");
		assertThat(view.color.isInvalid()).isFalse();
	}

	@Test
	void aPaleColourIsSentAndTheServersContrastErrorShowsOnTheColourField() {
		this.theme.failure = refusal(HttpStatus.UNPROCESSABLE_CONTENT,
				"Cette couleur est trop claire pour y lire du texte blanc.", "primaryColor",
				"Contraste de 1,6:1 avec le blanc ; il faut au moins 4,5:1.");
		ThemeView view = navigate(ThemeView.class);
		test(view.color).setValue("#ffd700");
		test(view.save).click();

		assertThat(this.theme.saved).isEmpty();
		assertThat(view.color.isInvalid()).isTrue();
		assertThat(view.color.getErrorMessage())
			.isEqualTo("Contraste de 1,6:1 avec le blanc ; il faut au moins 4,5:1.");
		assertThat(notification()).isEqualTo("Cette couleur est trop claire pour y lire du texte blanc.");
		assertThat(view.color.getValue()).isEqualTo("#ffd700");
	}

}
