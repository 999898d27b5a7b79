package fr.clocher.website.ui.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Buttons that send a request: disabled from the click until the answer, so nothing is
 * sent twice.
 */
public final class Actions {

	private Actions() {
	}

	/**
	 * A button running an action once per click.
	 * @param label what it says
	 * @param icon its icon, or null
	 * @param primary whether it is the screen's main action
	 * @param action what it does
	 * @return the button
	 */
	public static Button button(String label, VaadinIcon icon, boolean primary, Runnable action) {
		Button button = (icon != null) ? new Button(label, icon.create()) : new Button(label);
		if (primary) {
			button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
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
