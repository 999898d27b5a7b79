package fr.clocher.tenant.reference;

import java.util.List;

/**
 * An intercommunality (EPCI à fiscalité propre) and its member communes' INSEE codes.
 */
public record ReferenceIntercommunality(String siren, String name, String type, int population,
		List<String> memberInseeCodes) {

}
