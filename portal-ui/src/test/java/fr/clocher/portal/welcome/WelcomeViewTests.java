package fr.clocher.portal.welcome;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the welcome page in a browserless Vaadin UI backed by the real application
 * context.
 */
@SpringBootTest
class WelcomeViewTests extends SpringBrowserlessTest {

	@Test
	void rootRouteShowsTheFrenchWelcome() {
		UI.getCurrent().setLocale(Locale.FRANCE);
		assertThat(navigate("", WelcomeView.class)).isNotNull();
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — espace d'administration");
		assertThat($(Paragraph.class).single().getText()).startsWith("Bienvenue dans l'espace d'administration");
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Accueil — Clocher");
	}

	@Test
	void languageWithoutTranslationsFallsBackToFrench() {
		UI.getCurrent().setLocale(Locale.GERMANY);
		navigate(WelcomeView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — espace d'administration");
	}

	@Test
	void englishLocaleShowsTheEnglishWelcome() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		navigate(WelcomeView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — administration area");
		assertThat($(Paragraph.class).single().getText()).startsWith("Welcome to your commune's administration area");
	}

	@Test
	void switchingToEnglishRetranslatesTheOpenPage() {
		UI.getCurrent().setLocale(Locale.FRENCH);
		navigate(WelcomeView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — espace d'administration");
		UI.getCurrent().setLocale(Locale.ENGLISH);
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — administration area");
	}

}
