package fr.clocher.announcements.api;

import java.time.Instant;

/**
 * An urgent alert in three fields, and optional details.
 *
 * @param what what happens ("Coupure d'eau"), required, at most 150 characters
 * @param where where ("Rue des Écoles"), optional, at most 200 characters
 * @param until when it ends, required, in the future: the banner disappears on its own
 * then
 * @param details optional plain text, at most 1,000 characters
 */
public record AlertDraft(String what, String where, Instant until, String details) {

}
