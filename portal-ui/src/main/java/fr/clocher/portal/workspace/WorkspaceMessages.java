package fr.clocher.portal.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import fr.clocher.kernel.ui.ApiError;

/**
 * The few ways the workspace speaks in place: an error, a warning, a card frame.
 * Notifications come from kernel-ui's {@link fr.clocher.kernel.ui.ApiCall}, as on the
 * modules' screens.
 */
final class WorkspaceMessages {

	private WorkspaceMessages() {
	}

	static Component error(ApiError error) {
		Div box = new Div();
		box.setText(error.message());
		box.addClassName("clocher-error");
		box.getElement().setAttribute("role", "alert");
		return box;
	}

	static Component warning(String text) {
		Div box = new Div();
		box.setText(text);
		box.addClassName("clocher-warning");
		box.getElement().setAttribute("role", "status");
		return box;
	}

	static Component card(Component content) {
		Div card = new Div(content);
		card.addClassName("clocher-card");
		return card;
	}

}
