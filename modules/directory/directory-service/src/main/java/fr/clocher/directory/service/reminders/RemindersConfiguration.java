package fr.clocher.directory.service.reminders;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.clocher.directory.service.DirectoryProperties;
import fr.clocher.directory.service.mail.DirectoryMail;
import fr.clocher.directory.service.site.SiteAnswers;
import fr.clocher.directory.service.submissions.RateLimit;
import fr.clocher.directory.service.submissions.Submissions;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The yearly question to owners: its sweep, scheduled unless
 * {@code clocher.directory.reminders.enabled} is false, its page and its post.
 */
@Configuration(proxyBeanMethods = false)
@Import(OwnerController.class)
public class RemindersConfiguration {

	@Bean
	OwnerReminders directoryOwnerReminders(JdbcClient jdbc, ChangeLog log, SiteVersions versions,
			ObjectProvider<Clock> clock) {
		return new OwnerReminders(jdbc, log, versions, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	OwnerPages directoryOwnerPages(OwnerReminders reminders, SiteAnswers answers) {
		return new OwnerPages(reminders, answers);
	}

	@Bean
	ReminderSweep directoryReminderSweep(TenantDirectory directory, TenantWork work, ModuleActivations activations,
			OwnerReminders reminders, DirectoryMail mail, Submissions submissions, RateLimit limit,
			DirectoryProperties properties) {
		return new ReminderSweep(directory, work, activations, reminders, mail, submissions, limit,
				properties.reminders().batch());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "clocher.directory.reminders", name = "enabled", havingValue = "true",
			matchIfMissing = true)
	static class Schedule {

		@Bean
		ReminderSchedule directoryReminderSchedule(ReminderSweep sweep) {
			return new ReminderSchedule(sweep);
		}

	}

	static class ReminderSchedule {

		private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

		private final ReminderSweep sweep;

		ReminderSchedule(ReminderSweep sweep) {
			this.sweep = sweep;
		}

		@Scheduled(fixedDelayString = "${clocher.directory.reminders.every:PT6H}", initialDelayString = "PT1M")
		void run() {
			try {
				this.sweep.run();
			}
			catch (RuntimeException ex) {
				log.error("The directory's owner reminders failed; next sweep as planned", ex);
			}
		}

	}

}
