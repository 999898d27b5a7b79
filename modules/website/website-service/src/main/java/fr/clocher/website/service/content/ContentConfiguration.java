package fr.clocher.website.service.content;

import java.time.Clock;

import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretary's pages: their store, their rules, the files they use, their controller.
 */
@Configuration(proxyBeanMethods = false)
@Import(PagesController.class)
public class ContentConfiguration {

	@Bean
	PageStore websitePageStore(JdbcClient jdbc) {
		return new PageStore(jdbc);
	}

	@Bean
	Pages websitePages(PageStore store, WebsiteChanges changes, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		return new Pages(store, changes, events, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PageFileUsage websitePageFileUsage(PageStore store) {
		return new PageFileUsage(store);
	}

}
