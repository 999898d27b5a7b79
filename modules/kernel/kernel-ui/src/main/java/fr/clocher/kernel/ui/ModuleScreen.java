package fr.clocher.kernel.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The frame of a module's screen: a heading, a sentence saying what the screen is for, a
 * width that reads well from a tablet to a wide screen, and an {@link ApiCall} for its
 * calls.
 */
public abstract class ModuleScreen extends VerticalLayout {

	protected final ApiCall api = new ApiCall();

	protected ModuleScreen(String title, String intro) {
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
