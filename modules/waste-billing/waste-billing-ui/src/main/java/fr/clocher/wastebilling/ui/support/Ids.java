package fr.clocher.wastebilling.ui.support;

import java.util.Optional;
import java.util.UUID;

/** The ids of a route's address, which a person may have typed wrong. */
public final class Ids {

	private Ids() {
	}

	/**
	 * Reads an id.
	 * @param id the route's parameter
	 * @param unknown what to do when it is not an id (say the thing does not exist)
	 * @return the id, or empty
	 */
	public static Optional<UUID> parse(String id, Runnable unknown) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			unknown.run();
			return Optional.empty();
		}
	}

}
