package fr.clocher.announcements.api;

import java.util.UUID;

/**
 * What the secretary writes for a news item.
 *
 * @param title required, at most 150 characters
 * @param summary optional plain text, at most 300 characters (the list and the feeds show
 * it)
 * @param body rich text as HTML, at most 100,000 characters, sanitized on saving; every
 * {@code <img>} must have a non-blank {@code alt}
 * @param category optional, at most 60 characters ("Travaux", "Vie scolaire")
 * @param imageId an image uploaded with {@link ImagesApi#uploadImage} (it carries its
 * alternative text), or null
 */
public record NewsDraft(String title, String summary, String body, String category, UUID imageId) {

}
