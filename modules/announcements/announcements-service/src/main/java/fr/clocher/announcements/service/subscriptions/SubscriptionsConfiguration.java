package fr.clocher.announcements.service.subscriptions;

import java.time.Clock;

import fr.clocher.announcements.service.AnnouncementsProperties;
import fr.clocher.announcements.service.content.DueWork;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail subscriptions: subscribers, signed links, pages and posts on the commune's site,
 * the mail outbox and its worker, the secretary's counts.
 */
@Configuration(proxyBeanMethods = false)
@Import({ SubscriptionController.class, SubscriptionsController.class })
public class SubscriptionsConfiguration {

	@Bean
	SubscriberStore announcementSubscribers(JdbcClient jdbc) {
		return new SubscriberStore(jdbc);
	}

	@Bean
	Tokens announcementTokens(AnnouncementsProperties properties) {
		return new Tokens(properties.mail().secret());
	}

	@Bean
	Subscriptions announcementSubscriptions(SubscriberStore store, Tokens tokens, ObjectProvider<Clock> clock) {
		return new Subscriptions(store, tokens, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	SubscriptionPages announcementSubscriptionPages(Subscriptions subscriptions, SiteTemplates templates) {
		return new SubscriptionPages(subscriptions, templates);
	}

	@Bean
	Mails announcementMails(SiteAddresses addresses, Tokens tokens, AnnouncementsProperties properties) {
		return new Mails(addresses, tokens, properties.mail().from());
	}

	@Bean
	MailOutbox announcementMailOutbox(TenantDirectory directory, DueWork due, TenantWork work, SubscriberStore store,
			Mails mails, ObjectProvider<JavaMailSender> senders, ObjectProvider<Clock> clock,
			AnnouncementsProperties properties) {
		return new MailOutbox(directory, due, work, store, mails, senders, clock.getIfAvailable(Clock::systemUTC),
				properties.mail().batch(), properties.mail().retryAfter());
	}

}
