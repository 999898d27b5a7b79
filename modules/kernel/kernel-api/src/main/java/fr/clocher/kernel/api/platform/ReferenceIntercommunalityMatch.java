package fr.clocher.kernel.api.platform;

/**
 * An intercommunality of the official reference found by name or SIREN.
 *
 * @param siren its SIREN, what onboarding it needs
 * @param name its name
 * @param type CC, CA, CU or METRO
 * @param population its population
 * @param memberCount how many communes it has
 * @param registered whether it is already on the platform
 */
public record ReferenceIntercommunalityMatch(String siren, String name, String type, int population, int memberCount,
		boolean registered) {

}
