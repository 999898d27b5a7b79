package fr.clocher.website.ui.support;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.ui.WorkspaceCommune;

/**
 * Texts of the website screens, French first, in the session's language.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * The text in the secretary's language.
	 * @param french the French text (the default)
	 * @param english the English text
	 * @return the text to show
	 */
	public static String t(String french, String english) {
		return LocalizedText.of(french, english).in(WorkspaceCommune.locale());
	}

}
