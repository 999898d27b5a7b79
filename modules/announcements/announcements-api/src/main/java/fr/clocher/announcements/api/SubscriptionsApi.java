package fr.clocher.announcements.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The residents subscribed by e-mail, as counts (their addresses are never shown), and
 * the mail on its way.
 */
@HttpExchange(Announcements.API)
public interface SubscriptionsApi {

	/**
	 * The subscribers and the mail outbox of the tenant.
	 * @param tenant the tenant's slug
	 * @return the counts
	 */
	@GetExchange("/subscriptions")
	SubscriptionCounts subscriptions(@PathVariable("tenant") String tenant);

}
