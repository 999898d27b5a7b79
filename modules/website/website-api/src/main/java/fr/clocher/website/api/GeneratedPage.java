package fr.clocher.website.api;

import java.time.Instant;
import java.util.List;

/**
 * A page the platform writes from the commune's data (legal notices, privacy,
 * accessibility statement), which the secretary may edit field by field. Only edited
 * fields are stored: the others follow the commune's data (its name, town hall, mayor) as
 * it changes. The page is always online.
 *
 * @param <F> the page's fields
 * @param values what the page shows: the edits, the generated text elsewhere
 * @param defaults the generated text of every field, to show beside an edit or to go back
 * to
 * @param editedFields the names of the fields that are edited (record component names)
 * @param publicPath its site-relative address
 * @param publicUrl its address on the commune's host
 * @param updatedAt when it was last edited, null if never
 */
public record GeneratedPage<F>(F values, F defaults, List<String> editedFields, String publicPath, String publicUrl,
		Instant updatedAt) {

	public GeneratedPage {
		editedFields = (editedFields != null) ? List.copyOf(editedFields) : List.of();
	}

}
