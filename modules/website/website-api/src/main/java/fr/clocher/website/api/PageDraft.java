package fr.clocher.website.api;

/**
 * What the secretary writes in the page editor.
 *
 * @param title required, at most 150 characters
 * @param slug the last part of the address, at most 80 lower-case letters, digits and
 * dashes; null or blank makes one from the title ({@code "L'école"} gives {@code ecole})
 * @param summary optional plain text, at most 300 characters
 * @param body rich text as HTML, at most 200,000 characters; sanitized on saving, every
 * {@code <img>} must have a non-blank {@code alt}
 */
public record PageDraft(String title, String slug, String summary, String body) {

}
