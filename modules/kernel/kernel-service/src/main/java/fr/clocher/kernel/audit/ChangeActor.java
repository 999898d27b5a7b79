package fr.clocher.kernel.audit;

/**
 * Who is making the current change. tenant-service answers from the signed-in person's
 * token; without one (background work) the change is the platform's own.
 */
@FunctionalInterface
public interface ChangeActor {

	String SYSTEM = "Clocher";

	String current();

}
