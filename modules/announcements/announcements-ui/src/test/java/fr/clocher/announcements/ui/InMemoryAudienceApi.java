package fr.clocher.announcements.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementPreview;
import fr.clocher.announcements.api.Audience;
import fr.clocher.announcements.api.AudienceApi;
import fr.clocher.announcements.api.MailDelivery;
import fr.clocher.announcements.api.PreviewApi;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.api.SubscriptionsApi;

/**
 * One commune's audience in memory: reads and mail per announcement, its subscribers, and
 * the previews asked for (answered with a page naming the announcement).
 */
public class InMemoryAudienceApi implements AudienceApi, SubscriptionsApi, PreviewApi {

	public final Map<UUID, Audience> audience = new LinkedHashMap<>();

	public final List<UUID> previewed = new ArrayList<>();

	public SubscriptionCounts counts = new SubscriptionCounts(0, 0, 0, 0, 0, 0);

	void reset() {
		this.audience.clear();
		this.previewed.clear();
		this.counts = new SubscriptionCounts(0, 0, 0, 0, 0, 0);
	}

	/** Gives an announcement its reads and mail. */
	public void set(UUID id, int reads, int pending, int sent, int retrying) {
		this.audience.put(id, new Audience(id, reads, new MailDelivery(pending, sent, retrying)));
	}

	@Override
	public List<Audience> audience(String tenant) {
		return List.copyOf(this.audience.values());
	}

	@Override
	public Audience audienceOf(String tenant, UUID id) {
		return this.audience.getOrDefault(id, new Audience(id, 0, new MailDelivery(0, 0, 0)));
	}

	@Override
	public SubscriptionCounts subscriptions(String tenant) {
		return this.counts;
	}

	@Override
	public MailDelivery delivery(String tenant, UUID id) {
		return audienceOf(tenant, id).mail();
	}

	@Override
	public AnnouncementPreview preview(String tenant, UUID id) {
		this.previewed.add(id);
		return new AnnouncementPreview("<!doctype html><title>Aperçu</title><h1>Aperçu de " + id + "</h1>");
	}

}
