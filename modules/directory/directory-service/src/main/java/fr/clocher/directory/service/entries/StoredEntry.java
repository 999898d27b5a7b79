package fr.clocher.directory.service.entries;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.OpeningHours;

/**
 * An entry as stored (its photo's bytes apart), of the current tenant or of a group it is
 * a member of.
 */
public record StoredEntry(UUID tenantId, UUID id, UUID categoryId, String name, String description, String address,
		UUID communeId, BigDecimal latitude, BigDecimal longitude, String phone, String email, String website,
		List<OpeningHours> openingHours, String siret, String photoType, String photoAlt, EntryStatus status,
		Instant lastConfirmedAt, Instant createdAt, Instant updatedAt) {

	/** Its page on the site. */
	public String publicPath() {
		return "/annuaire/" + this.id;
	}

	public boolean published() {
		return this.status == EntryStatus.PUBLISHED;
	}

}
