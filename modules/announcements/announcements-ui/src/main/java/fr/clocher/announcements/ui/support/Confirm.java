package fr.clocher.announcements.ui.support;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Asks before an action residents would notice or that cannot be undone; nothing is sent
 * unless the secretary confirms.
 */
public final class Confirm {

	private Confirm() {
	}

	/**
	 * Opens the question.
	 * @param question what the dialog asks
	 * @param consequence what will happen
	 * @param confirmLabel the confirming button's label (the action's own name)
	 * @param action what runs on confirming
	 * @return the open dialog
	 */
	public static ConfirmDialog ask(String question, String consequence, String confirmLabel, Runnable action) {
		ConfirmDialog dialog = new ConfirmDialog(question, consequence, confirmLabel, (event) -> action.run());
		dialog.setCancelable(true);
		dialog.setCancelText(translate("announcements.action.cancel"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.open();
		return dialog;
	}

}
