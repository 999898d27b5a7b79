package fr.clocher.website.api;

/**
 * Where a page written by the secretary stands.
 */
public enum PageStatus {

	/** Not on the public site (never published, or unpublished). */
	DRAFT,

	/** On the public site, as saved. */
	PUBLISHED,

	/**
	 * On the public site with its last published text and address; the saved draft
	 * differs.
	 */
	CHANGED

}
