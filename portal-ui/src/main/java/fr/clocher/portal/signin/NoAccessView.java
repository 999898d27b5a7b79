package fr.clocher.portal.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What a signed-in person whose account has neither the secretary nor the operator role
 * sees instead of a view: a polite word and a way to sign out. Shown for every view the
 * person may not open.
 */
@PermitAll
public class NoAccessView extends VerticalLayout
		implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle, LocaleChangeObserver {

	private final H1 heading = new H1();

	private final Paragraph explanation = new Paragraph();

	/**
	 * Creates the page.
	 * @param authentication Vaadin's view of the signed-in person
	 */
	public NoAccessView(AuthenticationContext authentication) {
		this.heading.setId("no-access");
		add(this.heading, this.explanation, new SignOutButton(authentication));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpServletResponse.SC_FORBIDDEN;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("no-access.heading"));
		this.explanation.setText(getTranslation("no-access.text"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("no-access.title");
	}

}
