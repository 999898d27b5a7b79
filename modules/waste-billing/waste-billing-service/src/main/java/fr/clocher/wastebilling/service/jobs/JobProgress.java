package fr.clocher.wastebilling.service.jobs;

/**
 * What a job tells of its progress; each call is saved at once, in its own transaction.
 */
@FunctionalInterface
public interface JobProgress {

	/** Nothing told: the work run outside a job. */
	JobProgress NONE = (done, total) -> {
	};

	/**
	 * @param done what is done so far
	 * @param total what there is to do, null while unknown
	 */
	void advance(long done, Long total);

}
