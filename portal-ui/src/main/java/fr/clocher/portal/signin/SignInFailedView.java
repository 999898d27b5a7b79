package fr.clocher.portal.signin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a sign-in that could not finish ends: Keycloak did not answer, or the exchange
 * with it failed. Says so in plain words and offers to try again.
 */
@Route(value = SignInFailedView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignInFailedView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	/** The route, under {@code /admin}. */
	public static final String ROUTE = "connexion-impossible";

	private final H1 heading = new H1();

	private final Paragraph explanation = new Paragraph();

	private final Anchor retry = new Anchor("./", "");

	/**
	 * Creates the page.
	 */
	public SignInFailedView() {
		this.heading.setId("sign-in-failed");
		this.retry.setId("retry");
		// A full page load, so that the sign-in starts afresh.
		this.retry.setRouterIgnore(true);
		add(this.heading, this.explanation, this.retry);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("signin-failed.heading"));
		this.explanation.setText(getTranslation("signin-failed.text"));
		this.retry.setText(getTranslation("signin-failed.retry"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("signin-failed.title");
	}

}
