package fr.clocher.announcements.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Publication;

/**
 * What an in-memory API shares: the calls that changed something, in order, and a failure
 * a test sets, thrown once by the next change (or the next one of a kind) instead.
 */
public class Changes {

	public final List<String> calls = new ArrayList<>();

	public RuntimeException failure;

	/** When set, only a change whose call contains it throws the failure. */
	public String failOn;

	void reset() {
		this.calls.clear();
		this.failure = null;
		this.failOn = null;
	}

	/** Records a change, or throws the failure the test set (once). */
	void change(String call) {
		RuntimeException thrown = this.failure;
		if (thrown != null && (this.failOn == null || call.contains(this.failOn))) {
			this.failure = null;
			throw thrown;
		}
		this.calls.add(call);
	}

	/** The status a publication gives: scheduled for a moment to come, else published. */
	static AnnouncementStatus published(Publication publication) {
		return (publication != null && publication.at() != null && publication.at().isAfter(Instant.now()))
				? AnnouncementStatus.SCHEDULED : AnnouncementStatus.PUBLISHED;
	}

	/** When a publication happens: its moment, or now. */
	static Instant publishAt(Publication publication) {
		return (publication != null && publication.at() != null) ? publication.at() : Instant.now();
	}

	/** Whether an item in {@code status} is listed for the filter {@code wanted}. */
	static boolean listed(AnnouncementStatus status, AnnouncementStatus wanted) {
		return (wanted == null) ? status != AnnouncementStatus.ARCHIVED : status == wanted;
	}

}
