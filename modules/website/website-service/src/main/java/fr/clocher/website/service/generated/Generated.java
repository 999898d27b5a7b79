package fr.clocher.website.service.generated;

import java.time.Instant;
import java.util.List;

/**
 * A generated page's fields as shown, their generated text, the fields edited.
 */
public record Generated<F>(F values, F defaults, List<String> editedFields, Instant updatedAt) {

}
