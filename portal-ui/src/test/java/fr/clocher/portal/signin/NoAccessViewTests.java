package fr.clocher.portal.signin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import fr.clocher.portal.workspace.DashboardView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person with neither role meets a polite page instead of the welcome page.
 */
@SpringBootTest
@WithPortalUser(username = "newcomer", givenName = "Jeanne", familyName = "Petit", roles = {}, communes = {})
class NoAccessViewTests extends SpringBrowserlessTest {

	@Test
	void accountWithoutRoleIsToldPolitelyInFrench() {
		UI.getCurrent().setLocale(Locale.FRANCE);
		assertThat(navigate("", NoAccessView.class)).isNotNull();
		assertThat($(DashboardView.class).all()).isEmpty();
		assertThat($(H1.class).single().getText()).isEqualTo("Votre compte n'a pas encore accès à l'administration");
		assertThat($(Button.class).id(SignOutButton.ID).getText()).isEqualTo("Se déconnecter");
	}

	@Test
	void andInEnglishWhenAsked() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		navigate("", NoAccessView.class);
		assertThat($(H1.class).single().getText())
			.isEqualTo("Your account does not have access to the administration yet");
	}

}
