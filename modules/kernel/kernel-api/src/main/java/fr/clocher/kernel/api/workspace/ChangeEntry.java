package fr.clocher.kernel.api.workspace;

import java.time.Instant;

import fr.clocher.kernel.api.LocalizedText;

/**
 * One recorded change: who did what, when, in which part of the workspace.
 *
 * @param at when
 * @param actor who, as the person's name or e-mail
 * @param moduleKey the module concerned, or {@code kernel} for the modules themselves
 * @param what what was done, in French and English
 */
public record ChangeEntry(Instant at, String actor, String moduleKey, LocalizedText what) {

}
