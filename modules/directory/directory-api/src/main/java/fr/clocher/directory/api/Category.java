package fr.clocher.directory.api;

import java.util.UUID;

/**
 * A category of entries ("Associations", "Santé"...).
 *
 * @param id its id
 * @param name its name, shown to residents
 * @param slug its part of the site's addresses ({@code /annuaire/categorie/sante})
 * @param kind what the entries of this category are, for search engines
 * @param entries how many entries it holds (drafts included)
 */
public record Category(UUID id, String name, String slug, CategoryKind kind, int entries) {

}
