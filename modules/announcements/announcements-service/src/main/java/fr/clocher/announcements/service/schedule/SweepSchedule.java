package fr.clocher.announcements.service.schedule;

import fr.clocher.announcements.service.subscriptions.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the publication sweep on this instance every
 * {@code clocher.announcements.sweep.every}, and the mail worker every
 * {@code clocher.announcements.mail.every}; every instance may, both are exact with
 * several.
 */
class SweepSchedule {

	private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

	private final PublicationSweep sweep;

	private final MailOutbox outbox;

	SweepSchedule(PublicationSweep sweep, MailOutbox outbox) {
		this.sweep = sweep;
		this.outbox = outbox;
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

	@Scheduled(fixedDelayString = "${clocher.announcements.mail.every:PT10S}", initialDelayString = "PT15S")
	void mail() {
		try {
			this.outbox.deliver();
		}
		catch (RuntimeException ex) {
			log.error("The announcements' mail worker failed; the outbox keeps the mail for its next turn", ex);
		}
	}

}
