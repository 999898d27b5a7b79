package fr.clocher.website.api;

import java.util.UUID;

/**
 * A shortcut on the home page ("Inscriptions à la cantine", "Déchetterie"...).
 *
 * @param label what it says, required, at most 60 characters
 * @param pageId the page it opens, or null
 * @param url the address it opens when {@code pageId} is null: {@code http(s)://...} or a
 * site path
 */
public record QuickLink(String label, UUID pageId, String url) {

}
