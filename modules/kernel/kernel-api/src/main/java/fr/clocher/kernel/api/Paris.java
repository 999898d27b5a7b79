package fr.clocher.kernel.api;

import java.time.ZoneId;

/**
 * The platform's one time zone: French communes read every date and time in Paris time,
 * whatever the server's zone.
 */
public final class Paris {

	/** Europe/Paris. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private Paris() {
	}

}
