package fr.clocher.directory.service.submissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.Submission;
import fr.clocher.directory.api.SubmissionStatus;
import fr.clocher.directory.service.entries.Checks;
import fr.clocher.directory.service.entries.Content;
import fr.clocher.directory.service.entries.Drafts;
import fr.clocher.directory.service.entries.Entries;
import fr.clocher.directory.service.entries.EntryStore;
import fr.clocher.directory.service.entries.StoredEntry;
import fr.clocher.directory.service.mail.Tokens;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.problem.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' proposals: checked like the secretary's entries, kept unconfirmed until the
 * submitter follows the mailed link (a random token, only its SHA-256 is stored), then
 * pending for the secretary, who approves (the entry is published, as proposed or as she
 * edited it) or rejects with a reason. Never published before that.
 */
public class Submissions {

	private final SubmissionStore store;

	private final Drafts drafts;

	private final Entries entries;

	private final EntryStore entryStore;

	private final Challenges challenges;

	private final ChangeLog log;

	private final Clock clock;

	private final Duration unconfirmedKept;

	Submissions(SubmissionStore store, Drafts drafts, Entries entries, EntryStore entryStore, Challenges challenges,
			ChangeLog log, Clock clock, Duration unconfirmedKept) {
		this.store = store;
		this.drafts = drafts;
		this.entries = entries;
		this.entryStore = entryStore;
		this.challenges = challenges;
		this.log = log;
		this.clock = clock;
		this.unconfirmedKept = unconfirmedKept;
	}

	/**
	 * Keeps a proposal, unconfirmed: the proof of work first (refused: {@code challenge},
	 * nothing kept, the challenge unused), then every field; a correction is of one of
	 * the current tenant's published entries ({@code entryId}).
	 * @return the confirmation token to mail
	 */
	@Transactional
	public String propose(EntryDraft draft, UUID correctedEntry, String submitterEmail, String proof) {
		return propose(draft, correctedEntry, submitterEmail, proof, new Checks());
	}

	/**
	 * The same, with the fields already refused while reading the form (a position or
	 * hours that could not be read), reported with the others after the proof of work.
	 * @return the confirmation token to mail
	 */
	@Transactional
	public String propose(EntryDraft draft, UUID correctedEntry, String submitterEmail, String proof, Checks unread) {
		if (correctedEntry != null && correctable(correctedEntry).isEmpty()) {
			throw ApiProblem.badRequest("entry-not-correctable", "entryId",
					LocalizedText.of("Cette fiche n'est plus publiée dans l'annuaire de la commune.",
							"This entry is no longer published in the commune's directory."));
		}
		if (!this.challenges.accept(proof)) {
			throw ApiProblem.badRequest("challenge-refused", "challenge",
					LocalizedText.of("La vérification anti-robot a échoué : rechargez la page et réessayez.",
							"The anti-robot check failed: reload the page and try again."));
		}
		Checks checks = unread;
		String email = checks.email("submitterEmail", submitterEmail);
		if (email == null) {
			checks.add("submitterEmail", Checks.REQUIRED);
		}
		try {
			this.drafts.check(draft);
		}
		catch (ApiProblem refused) {
			refused.fields().forEach((field) -> checks.add(field.field(), field.reason()));
		}
		checks.throwIfAny();
		String token = Tokens.random();
		this.store.insert(UUID.randomUUID(), correctedEntry, draft, email, Tokens.hash(token), this.clock.instant());
		return token;
	}

	/**
	 * An entry the public may propose a correction of: published, of the current tenant
	 * (a group's entry shown on a member's site is corrected on the group's).
	 */
	@Transactional(readOnly = true)
	public Optional<StoredEntry> correctable(UUID entry) {
		return this.entryStore.find(entry).filter(StoredEntry::published);
	}

	/**
	 * Whether the token is one of an unconfirmed proposal of the current tenant, still
	 * kept.
	 */
	@Transactional(readOnly = true)
	public boolean genuine(String token) {
		byte[] hash = Tokens.hash(token);
		return hash != null && this.store.unconfirmed(hash, keptSince());
	}

	/**
	 * Confirms the submitter's address: the proposal goes to the secretary. A link older
	 * than {@code clocher.directory.proposals.unconfirmed-kept} confirms nothing.
	 */
	@Transactional
	public boolean confirm(String token) {
		byte[] hash = Tokens.hash(token);
		return hash != null && this.store.confirm(hash, keptSince(), this.clock.instant());
	}

	/**
	 * Deletes the current tenant's proposals whose submitter never confirmed the address
	 * in {@code clocher.directory.proposals.unconfirmed-kept} (7 days by default).
	 * @return how many
	 */
	@Transactional
	public int purgeUnconfirmed() {
		return this.store.deleteUnconfirmed(keptSince());
	}

	private Instant keptSince() {
		return this.clock.instant().minus(this.unconfirmedKept);
	}

	@Transactional(readOnly = true)
	public List<Submission> all(SubmissionStatus status) {
		return this.store.all((status != null) ? status : SubmissionStatus.PENDING);
	}

	/** Publishes a pending proposal; the entry and the submitter to tell. */
	@Transactional
	public Decision approve(UUID id, EntryDraft edited) {
		Submission submission = pending(id);
		EntryDraft draft = (edited != null) ? edited : submission.proposed();
		StoredEntry entry;
		if (submission.entryId() != null && this.entryStore.find(submission.entryId()).isPresent()) {
			entry = this.entries.update(submission.entryId(), draft);
			entry = this.entries.publish(entry.id());
		}
		else {
			Content content = this.drafts.check(draft);
			entry = this.entries.create(content, EntryStatus.PUBLISHED);
		}
		this.store.decide(id, SubmissionStatus.APPROVED, null, this.clock.instant());
		this.log.record(Directory.KEY,
				LocalizedText.of("Proposition « %s » : acceptée", "Proposal '%s': approved").formatted(entry.name()));
		return new Decision(submission, entry, null);
	}

	/** Refuses a pending proposal with a reason; the submitter to tell. */
	@Transactional
	public Decision reject(UUID id, String reason) {
		Submission submission = pending(id);
		Checks checks = new Checks();
		String why = checks.text("reason", reason, 500, true);
		checks.throwIfAny();
		this.store.decide(id, SubmissionStatus.REJECTED, why, this.clock.instant());
		this.log.record(Directory.KEY, LocalizedText.of("Proposition « %s » : refusée", "Proposal '%s': rejected")
			.formatted(submission.proposed().name()));
		return new Decision(this.store.lock(id).orElseThrow(), null, why);
	}

	private Submission pending(UUID id) {
		Submission submission = this.store.lock(id)
			.orElseThrow(() -> ApiProblem.notFound("submission-not-found", "id",
					LocalizedText.of("Aucune proposition n'a l'identifiant %s.", "No proposal has the id %s.")
						.formatted(id)));
		if (submission.status() != SubmissionStatus.PENDING) {
			throw ApiProblem.of(HttpStatus.CONFLICT, "submission-decided", "id",
					LocalizedText.of("Cette proposition a déjà été traitée.", "This proposal was already decided."));
		}
		return submission;
	}

	/**
	 * A decision, to tell the submitter once it is kept.
	 *
	 * @param submission the proposal
	 * @param entry the entry published, or null when refused
	 * @param reason why it was refused, or null
	 */
	public record Decision(Submission submission, StoredEntry entry, String reason) {

	}

}
