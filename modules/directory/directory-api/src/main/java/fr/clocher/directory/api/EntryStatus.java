package fr.clocher.directory.api;

/**
 * Whether residents see an entry.
 */
public enum EntryStatus {

	/** Kept for the secretary only. */
	DRAFT,

	/** On the site, in the search and in the open-data exports. */
	PUBLISHED

}
