package fr.clocher.announcements.service.subscriptions;

import java.util.UUID;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.MailDelivery;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.api.SubscriptionsApi;
import fr.clocher.kernel.module.ModuleEndpoint;

import org.springframework.web.bind.annotation.RestController;

/**
 * The secretary's view of her subscribers and outbox, over HTTP.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class SubscriptionsController implements SubscriptionsApi {

	private final Subscriptions subscriptions;

	SubscriptionsController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Override
	public SubscriptionCounts subscriptions(String tenant) {
		return this.subscriptions.counts();
	}

	@Override
	public MailDelivery delivery(String tenant, UUID id) {
		return this.subscriptions.delivery(id);
	}

}
