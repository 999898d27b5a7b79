package fr.clocher.announcements.service.subscriptions;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.clocher.announcements.api.MailDelivery;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.service.subscriptions.SubscriberStore.Subscriber;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.transaction.annotation.Transactional;

/**
 * Residents subscribe without an account: an address, what they want, a confirmation by a
 * signed link (double opt-in); a signed link unsubscribes and deletes the address.
 * Nothing tells whether an address was already subscribed.
 */
class Subscriptions {

	private static final Pattern EMAIL = Pattern.compile(
			"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

	private final SubscriberStore store;

	private final Tokens tokens;

	private final Clock clock;

	Subscriptions(SubscriberStore store, Tokens tokens, Clock clock) {
		this.store = store;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A valid address, lower-cased, or empty. */
	static Optional<String> address(String email) {
		String clean = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		return (clean.length() <= 254 && EMAIL.matcher(clean).matches()) ? Optional.of(clean) : Optional.empty();
	}

	/**
	 * Records the wish; the subscriber to send a confirmation to, or empty when the
	 * address is confirmed already (its topics updated).
	 */
	@Transactional
	public Optional<Subscriber> subscribe(String email, String topics) {
		Optional<Subscriber> known = this.store.byEmail(email);
		if (known.isPresent()) {
			this.store.topics(known.get().id(), topics);
			return known.get().confirmed() ? Optional.empty() : known;
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, email, topics, this.clock.instant());
		return this.store.byId(id);
	}

	/** Confirms the address a genuine link names; false for a forged or foreign link. */
	@Transactional
	public boolean confirm(String token) {
		return this.tokens.verify(token, Tokens.CONFIRM, TenantContext.require())
			.map((id) -> this.store.confirm(id, this.clock.instant()))
			.orElse(false);
	}

	/**
	 * Deletes the subscriber a genuine link names (and its address, and its mail); true
	 * too when it is gone already (a link used twice).
	 */
	@Transactional
	public boolean unsubscribe(String token) {
		Optional<UUID> id = this.tokens.verify(token, Tokens.UNSUBSCRIBE, TenantContext.require());
		id.ifPresent(this.store::delete);
		return id.isPresent();
	}

	/** Whether a link is genuine, for the page that asks to confirm its use. */
	public boolean genuine(String token, String purpose) {
		return this.tokens.verify(token, purpose, TenantContext.require()).isPresent();
	}

	@Transactional(readOnly = true)
	public SubscriptionCounts counts() {
		return this.store.counts();
	}

	@Transactional(readOnly = true)
	public MailDelivery delivery(UUID announcement) {
		return this.store.delivery(announcement);
	}

}
