package fr.clocher.wastebilling.api;

/** Where a background job stands. */
public enum JobState {

	/** Started, its progress growing. */
	RUNNING,

	/** Finished: its result is ready. */
	DONE,

	/** Stopped on an error: nothing of it was kept. */
	FAILED

}
