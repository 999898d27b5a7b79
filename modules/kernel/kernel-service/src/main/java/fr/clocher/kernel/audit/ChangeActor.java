package fr.clocher.kernel.audit;

/**
 * Who is making the current change. tenant-service answers from the signed-in person's
 * token; without one (background work) the change is the platform's own.
 */
@FunctionalInterface
public interface ChangeActor {

	/** The platform itself. */
	Actor SYSTEM = new Actor(null, "Clocher");

	Actor current();

	/**
	 * A person, or the platform, as the change log records her.
	 *
	 * @param id her stable id at the identity provider, null for the platform
	 * @param name a name the platform controls (her username), never one she can edit
	 */
	record Actor(String id, String name) {

	}

}
