package fr.clocher.portal.operator;

import com.vaadin.flow.component.html.Paragraph;

/**
 * Where an operator form shows a refusal in place; notifications come from kernel-ui's
 * {@link fr.clocher.kernel.ui.ApiCall}, as on every other screen.
 */
public final class Failures {

	private Failures() {
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

}
