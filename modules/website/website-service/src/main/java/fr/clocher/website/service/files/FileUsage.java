package fr.clocher.website.service.files;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;

/**
 * Something of the website that uses files (the theme, the council, pages): a file in use
 * cannot be deleted.
 */
public interface FileUsage {

	/**
	 * Where the file is used, for the secretary ("la page « École »"); empty if nowhere.
	 */
	List<LocalizedText> usesOf(UUID fileId, String path);

}
