package fr.clocher.portal.operator;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import fr.clocher.kernel.ui.ApiError;

/**
 * A failed call to the operator API, shown as a sentence the operator can act on (never a
 * stack trace).
 */
public final class Failures {

	private Failures() {
	}

	/**
	 * Reads the failure in the current UI's language (French without a UI).
	 * @param failure what the API client threw
	 * @return the readable error
	 */
	public static ApiError read(RuntimeException failure) {
		UI ui = UI.getCurrent();
		return ApiError.of(failure, (ui != null) ? ui.getLocale() : Locale.FRENCH);
	}

	/**
	 * Shows the failure as an error notification that stays until closed.
	 * @param failure what the API client threw
	 * @return the readable error
	 */
	public static ApiError show(RuntimeException failure) {
		ApiError error = read(failure);
		Notification notification = Notification.show(error.message(), 8000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		return error;
	}

	/**
	 * A place for a form's error, hidden until there is one, read out by screen readers
	 * when it appears.
	 * @param id the element's id
	 * @return the hidden paragraph
	 */
	public static Paragraph alert(String id) {
		Paragraph error = new Paragraph();
		error.setId(id);
		error.getElement().setAttribute("role", "alert");
		error.getStyle().set("color", "var(--lumo-error-text-color)");
		error.setVisible(false);
		return error;
	}

	/**
	 * Shows a success notification.
	 * @param text what went well
	 */
	public static void success(String text) {
		Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

}
