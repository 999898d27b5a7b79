package fr.clocher.portal.welcome;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The welcome page: a heading and a short paragraph in the session's language.
 */
@Route("")
public class WelcomeView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	public WelcomeView() {
		add(this.heading, this.intro);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("welcome.heading"));
		this.intro.setText(getTranslation("welcome.intro"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("welcome.title");
	}

}
