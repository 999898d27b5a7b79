package fr.clocher.announcements.ui.support;

import java.util.function.ToIntFunction;

import fr.clocher.announcements.api.AudienceApi;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.api.SubscriptionsApi;

/**
 * What a list shows of its announcements' audience: each one's reads and mail, and the
 * subscribers who receive its kind by mail.
 *
 * @param audience the reads and mail of each announcement
 * @param subscriptions the subscriber counts
 * @param subscribers the count of this kind's subscribers, null for a kind that is not
 * mailed (events)
 * @param subscribersKey the translation of that count, taking it as {@code {0}}
 */
public record Reach(AudienceApi audience, SubscriptionsApi subscriptions, ToIntFunction<SubscriptionCounts> subscribers,
		String subscribersKey) {

	/** A kind not sent by mail: reads and (none) mail only. */
	public static Reach unmailed(AudienceApi audience, SubscriptionsApi subscriptions) {
		return new Reach(audience, subscriptions, null, null);
	}

}
