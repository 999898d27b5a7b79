package fr.clocher.directory.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An entry as the secretary (or a resident proposing it) writes it. Text fields are plain
 * text: HTML is refused, not stripped.
 *
 * @param name its name (150 characters at most), required
 * @param categoryId its category, required
 * @param description what it offers (2,000 characters at most)
 * @param address its street address (300 characters at most)
 * @param communeId the member commune it is in: the tenant itself for a commune, one of
 * its members for a group; the tenant when null
 * @param latitude its position (WGS 84), with the longitude or not at all
 * @param longitude its position (WGS 84)
 * @param phone a French number ({@code 04 92 00 00 00}, {@code +33 4…}) or an
 * international one ({@code +…})
 * @param email its public e-mail
 * @param website its site, {@code http(s)://…}
 * @param openingHours its weekly opening slots (14 at most)
 * @param siret its SIRET for a business: 14 digits passing the Luhn check
 */
public record EntryDraft(String name, UUID categoryId, String description, String address, UUID communeId,
		BigDecimal latitude, BigDecimal longitude, String phone, String email, String website,
		List<OpeningHours> openingHours, String siret) {

}
