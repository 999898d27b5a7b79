package fr.clocher.announcements.ui.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The screens' action buttons: one request per click, the button greyed until it is
 * answered.
 */
public final class Buttons {

	private Buttons() {
	}

	/**
	 * A button running {@code action} once per click.
	 * @param id its id, for the tests and the screen readers' landmarks
	 * @param label what it says
	 * @param icon its icon
	 * @param variant how it stands out, or null
	 * @param action what it does
	 * @return the button
	 */
	public static Button of(String id, String label, VaadinIcon icon, ButtonVariant variant, Runnable action) {
		Button button = new Button(label, icon.create());
		button.setId(id);
		if (variant != null) {
			button.addThemeVariants(variant);
		}
		button.setDisableOnClick(true);
		button.addClickListener((event) -> {
			try {
				action.run();
			}
			finally {
				button.setEnabled(true);
			}
		});
		return button;
	}

}
