package fr.clocher.kernel.api.workspace;

import java.time.Instant;

import fr.clocher.kernel.api.LocalizedText;

/**
 * One recorded change: who did what, when, in which part of the workspace.
 *
 * @param at when
 * @param actor who, by a name the platform controls: the person's username (her e-mail
 * for provisioned secretaries), or {@code Clocher} for the platform itself; never a name
 * she can edit herself
 * @param moduleKey the module concerned, or {@code kernel} for the modules themselves
 * @param what what was done, in French and English
 * @param actorId the person's id at the identity provider (the token's subject), null for
 * the platform itself and for changes recorded before it was kept
 */
public record ChangeEntry(Instant at, String actor, String moduleKey, LocalizedText what, String actorId) {

	/** A change without the person's id, as recorded before it was kept. */
	public ChangeEntry(Instant at, String actor, String moduleKey, LocalizedText what) {
		this(at, actor, moduleKey, what, null);
	}

}
