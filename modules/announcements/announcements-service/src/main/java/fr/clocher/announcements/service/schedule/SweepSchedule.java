package fr.clocher.announcements.service.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the publication sweep on this instance every
 * {@code clocher.announcements.sweep.every}; every instance may, the sweep is exact with
 * several.
 */
class SweepSchedule {

	private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

	private final PublicationSweep sweep;

	SweepSchedule(PublicationSweep sweep) {
		this.sweep = sweep;
	}

	@Scheduled(fixedDelayString = "${clocher.announcements.sweep.every:PT15S}", initialDelayString = "PT10S")
	void run() {
		try {
			this.sweep.sweep();
		}
		catch (RuntimeException ex) {
			log.error("The announcements' publication sweep failed; it runs again at its next turn", ex);
		}
	}

}
