package fr.clocher.kernel.changes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The channels the platform's triggers notify on (migration
 * {@code V6__change_notifications.sql}).
 */
public enum ChangeChannel {

	/** A tenant's name, slug, kind, status or hosts changed. Payload: the tenant's id. */
	REGISTRY("clocher_registry"),

	/** A commune's site has a new version. Payload: {@code <tenant id>:<version>}. */
	SITE("clocher_site");

	private final String channel;

	ChangeChannel(String channel) {
		this.channel = channel;
	}

	/** The PostgreSQL channel's name. */
	public String channel() {
		return this.channel;
	}

	static Optional<ChangeChannel> of(String channel) {
		return Arrays.stream(values()).filter((known) -> known.channel.equals(channel)).findFirst();
	}

}
