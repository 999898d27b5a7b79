package fr.clocher.directory.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident's proposal: a new entry, or a correction of one.
 *
 * @param id its id
 * @param entryId the entry it corrects, or null for a new entry
 * @param proposed what was proposed
 * @param submitterEmail who proposed it (confirmed by a link; never published)
 * @param status where it stands
 * @param reason why it was refused, or null
 * @param createdAt when it was proposed
 * @param decidedAt when the secretary decided, or null
 */
public record Submission(UUID id, UUID entryId, EntryDraft proposed, String submitterEmail, SubmissionStatus status,
		String reason, Instant createdAt, Instant decidedAt) {

}
