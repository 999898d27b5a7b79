package fr.clocher.kernel.api.platform;

import java.util.List;

/**
 * A commune of the official reference found by name or postcode.
 *
 * @param inseeCode its INSEE code, what creating it needs
 * @param name its official name
 * @param department its department code
 * @param postalCodes its postcodes
 * @param population its legal population
 * @param intercommunalityName the intercommunality it belongs to, if any
 * @param registered whether it is already on the platform
 */
public record ReferenceCommuneMatch(String inseeCode, String name, String department, List<String> postalCodes,
		int population, String intercommunalityName, boolean registered) {

	public ReferenceCommuneMatch {
		postalCodes = List.copyOf(postalCodes);
	}

}
