package fr.clocher.tenant.reference;

import java.util.List;

/**
 * A commune as the official reference describes it.
 */
public record ReferenceCommune(String inseeCode, String name, String department, String region, String siren,
		List<String> postalCodes, int population, String intercommunalitySiren) {

}
