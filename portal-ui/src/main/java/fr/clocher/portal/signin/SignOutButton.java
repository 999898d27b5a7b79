package fr.clocher.portal.signin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * "Se déconnecter": ends the portal session and Keycloak's (OpenID Connect RP-initiated
 * logout), then comes back to {@code /admin/}, which asks to sign in again.
 */
public class SignOutButton extends Button implements LocaleChangeObserver {

	/** The button's id in the page. */
	public static final String ID = "sign-out";

	/**
	 * Creates the button.
	 * @param authentication Vaadin's view of the signed-in person
	 */
	public SignOutButton(AuthenticationContext authentication) {
		setId(ID);
		addClickListener((click) -> authentication.logout());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		setText(getTranslation("signin.sign-out"));
	}

}
