package fr.clocher.directory.service.entries;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import fr.clocher.directory.api.OpeningHours;

/**
 * An entry's content once checked: what is written.
 */
public record Content(String name, UUID categoryId, String description, String address, UUID communeId,
		BigDecimal latitude, BigDecimal longitude, String phone, String email, String website,
		List<OpeningHours> openingHours, String siret) {

}
