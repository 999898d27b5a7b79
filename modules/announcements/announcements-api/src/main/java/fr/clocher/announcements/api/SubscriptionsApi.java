package fr.clocher.announcements.api;

import java.util.UUID;

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

	/**
	 * Where the mail of one publication stands (news item or alert of the tenant, or of
	 * its group shown on its site): all zeros before it is published, or when nobody is
	 * subscribed to its kind.
	 * @param tenant the tenant's slug
	 * @param id the announcement
	 * @return its mail's counts
	 */
	@GetExchange("/subscriptions/deliveries/{id}")
	MailDelivery delivery(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
