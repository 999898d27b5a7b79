package fr.clocher.directory.service.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.clocher.directory.api.CategoryKind;
import fr.clocher.directory.api.OpeningHours;
import fr.clocher.directory.service.entries.StoredEntry;
import fr.clocher.kernel.site.SiteRequest;
import tools.jackson.databind.ObjectMapper;

/**
 * An entry's schema.org description for search engines, in JSON-LD: its type follows its
 * category's kind ({@code LocalBusiness}, {@code GovernmentOffice}...). Written into a
 * {@code <script>} element, so {@code <} is escaped. A position and opening hours are
 * given to the types that are places (a {@code LocalBusiness} and its kinds) only.
 */
final class JsonLd {

	private final ObjectMapper json;

	JsonLd(ObjectMapper json) {
		this.json = json;
	}

	String of(StoredEntry entry, CategoryKind kind, SiteRequest request, String locality) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", kind.schemaType());
		ld.put("@id", request.canonical(entry.publicPath()));
		ld.put("name", entry.name());
		ld.put("url", request.canonical(entry.publicPath()));
		put(ld, "description", entry.description());
		put(ld, "telephone", entry.phone());
		put(ld, "email", entry.email());
		if (entry.website() != null) {
			ld.put("sameAs", List.of(entry.website()));
		}
		if (entry.photoType() != null) {
			ld.put("image", request.canonical(entry.publicPath() + "/photo"));
		}
		if (entry.address() != null) {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			address.put("streetAddress", entry.address());
			put(address, "addressLocality", locality);
			address.put("addressCountry", "FR");
			ld.put("address", address);
		}
		boolean place = kind.place();
		if (entry.latitude() != null && place) {
			ld.put("geo",
					Map.of("@type", "GeoCoordinates", "latitude", entry.latitude(), "longitude", entry.longitude()));
		}
		if (!entry.openingHours().isEmpty() && place) {
			ld.put("openingHoursSpecification", entry.openingHours().stream().map(JsonLd::hours).toList());
		}
		if (entry.siret() != null) {
			ld.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "SIRET", "value", entry.siret()));
		}
		return this.json.writeValueAsString(ld).replace("<", "\\u003c");
	}

	private static Map<String, Object> hours(OpeningHours slot) {
		String day = slot.day().charAt(0) + slot.day().substring(1).toLowerCase(java.util.Locale.ROOT);
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("@type", "OpeningHoursSpecification");
		spec.put("dayOfWeek", "https://schema.org/" + day);
		spec.put("opens", slot.opens());
		spec.put("closes", slot.closes());
		return spec;
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
