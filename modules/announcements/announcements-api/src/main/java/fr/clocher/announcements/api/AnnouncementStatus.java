package fr.clocher.announcements.api;

/**
 * Where an announcement stands, as of the moment it is read.
 */
public enum AnnouncementStatus {

	/** Not public: never published, or unpublished. */
	DRAFT,

	/** Published for a set time still to come: it appears on its own then. */
	SCHEDULED,

	/** On the public site and in the feeds. */
	PUBLISHED,

	/** An alert whose end has passed: gone from the site on its own. */
	EXPIRED,

	/** Taken off the site and out of the lists residents see, kept for the record. */
	ARCHIVED

}
