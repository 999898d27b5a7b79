package fr.clocher.directory.service.submissions;

import java.time.Clock;

import fr.clocher.directory.service.DirectoryProperties;
import fr.clocher.directory.service.categories.CategoryStore;
import fr.clocher.directory.service.entries.Drafts;
import fr.clocher.directory.service.entries.Entries;
import fr.clocher.directory.service.entries.EntryStore;
import fr.clocher.directory.service.mail.DirectoryMail;
import fr.clocher.directory.service.site.SiteAnswers;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteTemplates;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Residents' proposals: the public form and its posts, the proof of work, the rate limit,
 * the mail to submitters, the moderation.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ProposalController.class, SubmissionsController.class })
public class SubmissionsConfiguration {

	@Bean
	Challenges directoryChallenges(JdbcClient jdbc, DirectoryProperties properties, ObjectProvider<Clock> clock) {
		return new Challenges(jdbc, clock.getIfAvailable(Clock::systemUTC), properties.proposals().challengeValidity(),
				properties.proposals().challengeMaxNumber());
	}

	@Bean
	RateLimit directoryRateLimit(JdbcClient jdbc, DirectoryProperties properties, ObjectProvider<Clock> clock) {
		return new RateLimit(jdbc, clock.getIfAvailable(Clock::systemUTC), properties.proposals().perAddress(),
				properties.proposals().window());
	}

	@Bean
	Submissions directorySubmissions(JdbcClient jdbc, ObjectMapper json, Drafts drafts, Entries entries,
			EntryStore entryStore, Challenges challenges, ChangeLog log, DirectoryProperties properties,
			ObjectProvider<Clock> clock) {
		return new Submissions(new SubmissionStore(jdbc, json), drafts, entries, entryStore, challenges, log,
				clock.getIfAvailable(Clock::systemUTC), properties.proposals().unconfirmedKept());
	}

	@Bean
	DirectoryMail directoryMail(ObjectProvider<JavaMailSender> senders, SiteAddresses addresses,
			DirectoryProperties properties) {
		return new DirectoryMail(senders, addresses, properties.mailFrom());
	}

	@Bean
	SubmissionMails directorySubmissionMails(DirectoryMail mail) {
		return new SubmissionMails(mail);
	}

	@Bean
	ProposalPages directoryProposalPages(Submissions submissions, CategoryStore categories, SiteTemplates templates,
			SiteAnswers answers) {
		return new ProposalPages(submissions, categories, templates, answers);
	}

}
