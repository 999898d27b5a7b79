package fr.clocher.website.api;

/**
 * A new title for a document.
 *
 * @param title required, at most 200 characters
 */
public record AttachmentChange(String title) {

}
