package fr.clocher.directory.service.submissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many proposals one address may post to one commune's site in a window (sliding),
 * counted before anything else is read: a flood is refused with 429 whatever it holds.
 * Kept in this instance's memory (an address spread over several instances gets the limit
 * once per instance); addresses are kept only while they have posts in the window.
 */
class RateLimit {

	private final Map<String, Deque<Instant>> posts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int max;

	private final Duration window;

	RateLimit(Clock clock, int max, Duration window) {
		this.clock = clock;
		this.max = max;
		this.window = window;
	}

	/** Counts a post; false when the address has used its posts in the window. */
	boolean allow(UUID tenant, String address) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.window);
		if (this.posts.size() > 10_000) {
			this.posts.values().removeIf((times) -> {
				synchronized (times) {
					return times.isEmpty() || times.peekLast().isBefore(since);
				}
			});
		}
		Deque<Instant> times = this.posts.computeIfAbsent(tenant + "/" + address, (key) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
				times.pollFirst();
			}
			if (times.size() >= this.max) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

}
