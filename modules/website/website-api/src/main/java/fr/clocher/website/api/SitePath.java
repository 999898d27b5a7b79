package fr.clocher.website.api;

/**
 * A page of the site that is not written by the secretary, for the menu editor and quick
 * links.
 *
 * @param label its usual name ("Conseil municipal")
 * @param path its site-relative address ({@code /conseil-municipal})
 */
public record SitePath(String label, String path) {

}
