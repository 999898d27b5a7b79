package fr.clocher.portal.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import fr.clocher.kernel.ui.ApiError;

/**
 * The few ways the workspace speaks: an error in place, a warning, a card frame, and a
 * short notification.
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

	static void success(String text) {
		Notification.show(text, 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	static void failure(ApiError error) {
		Notification notification = Notification.show(error.message(), 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
