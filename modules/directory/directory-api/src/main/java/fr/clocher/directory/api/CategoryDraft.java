package fr.clocher.directory.api;

/**
 * A category as the secretary writes it.
 *
 * @param name its name (60 characters at most)
 * @param kind what its entries are; {@link CategoryKind#ORGANIZATION} when null
 */
public record CategoryDraft(String name, CategoryKind kind) {

}
