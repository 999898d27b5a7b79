package fr.clocher.portal.signin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page a failed sign-in ends on is open to anyone and says what happened in French.
 */
@SpringBootTest
@WithAnonymousUser
class SignInFailedViewTests extends SpringBrowserlessTest {

	@Test
	void explainsInFrenchAndOffersToTryAgain() {
		UI.getCurrent().setLocale(Locale.FRANCE);
		assertThat(navigate(SignInFailedView.ROUTE, SignInFailedView.class)).isNotNull();
		assertThat($(H1.class).single().getText()).isEqualTo("La connexion n'a pas abouti");
		Anchor retry = $(Anchor.class).id("retry");
		assertThat(retry.getText()).isEqualTo("Réessayer");
		assertThat(retry.getHref()).isEqualTo("./");
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Connexion impossible — Clocher");
	}

}
