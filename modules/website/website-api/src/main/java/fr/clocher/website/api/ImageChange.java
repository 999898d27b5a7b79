package fr.clocher.website.api;

/**
 * A new alternative text for an image.
 *
 * @param alt required, at most 250 characters
 */
public record ImageChange(String alt) {

}
