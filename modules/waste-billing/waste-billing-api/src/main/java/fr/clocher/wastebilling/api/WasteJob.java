package fr.clocher.wastebilling.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A long piece of work run in the background for one tenant (a lift import, a billing
 * run's computation), polled until it is done.
 *
 * @param id the job
 * @param state running, done or failed
 * @param done what is done so far: lines read, payers computed
 * @param total what there is to do, null while unknown
 * @param resultId when done, what it made (the import, the run)
 * @param message when failed, why, in the reader's language
 * @param errorCount when failed, how many errors (every one counted)
 * @param errors when failed, the first errors (a lift file's lines and columns)
 * @param startedAt when it started
 * @param finishedAt when it ended, null while running
 */
public record WasteJob(UUID id, JobState state, long done, Long total, UUID resultId, String message, long errorCount,
		List<JobError> errors, Instant startedAt, Instant finishedAt) {

	public WasteJob {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

}
