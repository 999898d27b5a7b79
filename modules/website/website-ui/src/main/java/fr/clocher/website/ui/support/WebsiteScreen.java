package fr.clocher.website.ui.support;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.clocher.kernel.ui.WorkspaceCommune;

/**
 * The frame of a website screen: a heading, a sentence saying what the screen is for, a
 * width that reads well from a tablet to a wide screen.
 */
public abstract class WebsiteScreen extends VerticalLayout {

	protected final ApiCall api = new ApiCall();

	protected WebsiteScreen(String title, String intro) {
		setMaxWidth("960px");
		setPadding(true);
		add(new H2(title));
		if (intro != null) {
			add(new Paragraph(intro));
		}
	}

	/** The slug of the commune being worked on. */
	protected static String tenant() {
		return WorkspaceCommune.require().slug();
	}

}
