package fr.clocher.directory.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An entry of the directory, as stored.
 *
 * @param id its id
 * @param name its name
 * @param categoryId its category
 * @param description what it offers, or null
 * @param address its street address, or null
 * @param communeId the member commune it is in
 * @param latitude its latitude, or null
 * @param longitude its longitude, or null
 * @param phone its phone number as written, or null
 * @param email its public e-mail, or null
 * @param website its site, or null
 * @param openingHours its weekly opening slots, by day then time
 * @param siret its SIRET, or null
 * @param photoAlt the alternative text of its photo, null when it has none
 * @param status whether residents see it
 * @param lastConfirmedAt when its owner or the secretary last said it is current
 * @param stale true when that is more than 18 months ago
 * @param updatedAt when it last changed
 * @param publicPath its page on the site ({@code /annuaire/<id>})
 */
public record Entry(UUID id, String name, UUID categoryId, String description, String address, UUID communeId,
		BigDecimal latitude, BigDecimal longitude, String phone, String email, String website,
		List<OpeningHours> openingHours, String siret, String photoAlt, EntryStatus status, Instant lastConfirmedAt,
		boolean stale, Instant updatedAt, String publicPath) {

}
