package fr.clocher.portal.welcome;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import fr.clocher.portal.signin.SignOutButton;
import fr.clocher.portal.signin.WithPortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the welcome page for a signed-in secretary in a browserless Vaadin UI backed by
 * the real application context.
 */
@SpringBootTest
@WithPortalUser
class WelcomeViewTests extends SpringBrowserlessTest {

	@Test
	void rootRouteShowsTheFrenchWelcome() {
		UI.getCurrent().setLocale(Locale.FRANCE);
		assertThat(navigate("", WelcomeView.class)).isNotNull();
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — espace d'administration");
		assertThat(paragraph("signed-in-as")).isEqualTo("Connecté en tant que Martine Dupont");
		assertThat(paragraph("role")).isEqualTo("Secrétaire de mairie");
		assertThat($(ListItem.class).all()).extracting(ListItem::getText).containsExactly("saint-martin", "villeneuve");
		assertThat($(Button.class).id(SignOutButton.ID).getText()).isEqualTo("Se déconnecter");
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Accueil — Clocher");
	}

	@Test
	@WithPortalUser(username = "ops", givenName = "Paul", familyName = "Martin", roles = "platform-operator",
			communes = {})
	void anOperatorSeesHisRoleAndNoCommune() {
		UI.getCurrent().setLocale(Locale.FRANCE);
		navigate(WelcomeView.class);
		assertThat(paragraph("signed-in-as")).isEqualTo("Connecté en tant que Paul Martin");
		assertThat(paragraph("role")).isEqualTo("Opérateur de la plateforme");
		assertThat($(ListItem.class).all()).isEmpty();
		assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("Aucune commune n'est encore rattachée à votre compte.");
	}

	@Test
	void languageWithoutTranslationsFallsBackToFrench() {
		UI.getCurrent().setLocale(Locale.GERMANY);
		navigate(WelcomeView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — espace d'administration");
		assertThat(paragraph("role")).isEqualTo("Secrétaire de mairie");
	}

	@Test
	void englishLocaleShowsTheEnglishWelcome() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		navigate(WelcomeView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — administration area");
		assertThat(paragraph("signed-in-as")).isEqualTo("Signed in as Martine Dupont");
		assertThat(paragraph("role")).isEqualTo("Town hall secretary");
		assertThat($(Button.class).id(SignOutButton.ID).getText()).isEqualTo("Sign out");
	}

	@Test
	void switchingToEnglishRetranslatesTheOpenPage() {
		UI.getCurrent().setLocale(Locale.FRENCH);
		navigate(WelcomeView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — espace d'administration");
		UI.getCurrent().setLocale(Locale.ENGLISH);
		assertThat($(H1.class).single().getText()).isEqualTo("Clocher — administration area");
		assertThat(paragraph("signed-in-as")).isEqualTo("Signed in as Martine Dupont");
	}

	private String paragraph(String id) {
		return $(Paragraph.class).id(id).getText();
	}

}
