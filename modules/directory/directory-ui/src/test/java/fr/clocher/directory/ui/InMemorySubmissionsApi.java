package fr.clocher.directory.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.directory.api.Entry;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.Rejection;
import fr.clocher.directory.api.Submission;
import fr.clocher.directory.api.SubmissionStatus;
import fr.clocher.directory.api.SubmissionsApi;

/** The proposals, in memory: what the screen decided, and a refusal to throw when set. */
public class InMemorySubmissionsApi implements SubmissionsApi {

	public final Map<UUID, Submission> submissions = new LinkedHashMap<>();

	public final List<Object> calls = new ArrayList<>();

	public RuntimeException failure;

	public void reset() {
		this.submissions.clear();
		this.calls.clear();
		this.failure = null;
	}

	public Submission add(EntryDraft proposed, String email) {
		return add(null, proposed, email);
	}

	/** A correction of an entry, or a new one when {@code entry} is null. */
	public Submission add(UUID entry, EntryDraft proposed, String email) {
		Submission submission = new Submission(UUID.randomUUID(), entry, proposed, email, SubmissionStatus.PENDING,
				null, Instant.now(), null);
		this.submissions.put(submission.id(), submission);
		return submission;
	}

	@Override
	public List<Submission> submissions(String tenant, SubmissionStatus status) {
		SubmissionStatus wanted = (status != null) ? status : SubmissionStatus.PENDING;
		return this.submissions.values().stream().filter((s) -> s.status() == wanted).toList();
	}

	@Override
	public Entry approveSubmission(String tenant, UUID id, EntryDraft edited) {
		fail();
		this.calls.add(edited);
		decide(id, SubmissionStatus.APPROVED, null);
		return new Entry(UUID.randomUUID(), edited.name(), edited.categoryId(), edited.description(), null, null, null,
				null, null, null, null, List.of(), null, null, EntryStatus.PUBLISHED, Instant.now(), false,
				Instant.now(), "/annuaire/x");
	}

	@Override
	public Submission rejectSubmission(String tenant, UUID id, Rejection rejection) {
		fail();
		this.calls.add(rejection);
		return decide(id, SubmissionStatus.REJECTED, rejection.reason());
	}

	private Submission decide(UUID id, SubmissionStatus status, String reason) {
		Submission s = this.submissions.get(id);
		Submission decided = new Submission(s.id(), s.entryId(), s.proposed(), s.submitterEmail(), status, reason,
				s.createdAt(), Instant.now());
		this.submissions.put(id, decided);
		return decided;
	}

	private void fail() {
		if (this.failure != null) {
			throw this.failure;
		}
	}

}
