package fr.clocher.directory.api;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The moderation of residents' proposals: only those whose submitter confirmed the
 * address are shown. Approving publishes (a new entry, or the corrected one); rejecting
 * needs a reason; the submitter is told either way.
 *
 * <p>
 * {@code tenant} is the tenant's slug; see the {@linkplain fr.clocher.directory.api
 * package's conventions}; {@code submission-not-found} (404), {@code submission-decided}
 * (409) for one already decided.
 */
@HttpExchange(Directory.API)
public interface SubmissionsApi {

	/**
	 * The confirmed proposals, oldest first.
	 * @param tenant the tenant's slug
	 * @param status only those in this state; {@link SubmissionStatus#PENDING} when null
	 * @return them
	 */
	@GetExchange("/submissions")
	List<Submission> submissions(@PathVariable("tenant") String tenant,
			@RequestParam(name = "status", required = false) SubmissionStatus status);

	/**
	 * Publishes a pending proposal, as proposed or as the secretary edited it (checked as
	 * an entry is), and tells its submitter.
	 * @param tenant the tenant's slug
	 * @param id the proposal
	 * @param edited the entry as the secretary corrected it, or null to take it as
	 * proposed
	 * @return the entry published
	 */
	@PostExchange("/submissions/{id}/approve")
	Entry approveSubmission(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody(required = false) EntryDraft edited);

	/**
	 * Refuses a pending proposal with a reason, and tells its submitter.
	 * @param tenant the tenant's slug
	 * @param id the proposal
	 * @param rejection why
	 * @return it, {@link SubmissionStatus#REJECTED}
	 */
	@PostExchange("/submissions/{id}/reject")
	Submission rejectSubmission(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody Rejection rejection);

}
