package fr.clocher.directory.service.site;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.samskivert.mustache.Template;
import fr.clocher.directory.service.categories.CategoryStore.PublicCategory;
import fr.clocher.directory.service.entries.StoredEntry;
import fr.clocher.directory.service.site.Readers.Shown;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteTemplates;

/**
 * The module's page fragments (Mustache templates in {@code templates/directory/},
 * compiled once by the kernel's {@link SiteTemplates}) and an entry's model as they show
 * it, in French.
 */
final class Views {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
		.withZone(Paris.ZONE);

	private static final Map<String, String> DAYS = Map.of("MONDAY", "Lundi", "TUESDAY", "Mardi", "WEDNESDAY",
			"Mercredi", "THURSDAY", "Jeudi", "FRIDAY", "Vendredi", "SATURDAY", "Samedi", "SUNDAY", "Dimanche");

	private static final int SUMMARY = 200;

	final Template index;

	final Template list;

	final Template entry;

	final Template map;

	Views(SiteTemplates templates) {
		this.index = templates.template("directory/index");
		this.list = templates.template("directory/list");
		this.entry = templates.template("directory/entry");
		this.map = templates.template("directory/map");
	}

	/** An entry as the lists and its page show it. */
	static Map<String, Object> model(StoredEntry row, Map<UUID, PublicCategory> categories, Shown shown) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", row.name());
		model.put("href", row.publicPath());
		PublicCategory category = categories.get(row.categoryId());
		if (category != null) {
			model.put("category", category.name());
			model.put("categoryHref", "/annuaire/categorie/" + category.slug());
		}
		shown.group(row.tenantId()).ifPresent((group) -> model.put("group", group.name()));
		model.put("description", row.description());
		if (row.description() != null) {
			String summary = row.description().replace('\n', ' ');
			model.put("summary",
					(summary.length() > SUMMARY) ? summary.substring(0, SUMMARY - 1).strip() + "…" : summary);
		}
		model.put("address", row.address());
		if (row.latitude() != null) {
			// Numbers only, so written unescaped: {{{map}}} (Mustache would escape each
			// =).
			model.put("map",
					"https://www.openstreetmap.org/?mlat=" + row.latitude().toPlainString() + "&amp;mlon="
							+ row.longitude().toPlainString() + "#map=18/" + row.latitude().toPlainString() + "/"
							+ row.longitude().toPlainString());
		}
		model.put("phone", row.phone());
		if (row.phone() != null) {
			model.put("phoneLink", row.phone().replaceAll("[^+0-9]", ""));
		}
		model.put("email", row.email());
		model.put("website", row.website());
		model.put("siret", row.siret());
		List<Map<String, String>> hours = row.openingHours()
			.stream()
			.map((slot) -> Map.of("day", DAYS.get(slot.day()), "opens", slot.opens(), "closes", slot.closes()))
			.toList();
		model.put("hasHours", !hours.isEmpty());
		model.put("hours", hours);
		model.put("confirmed", DATE.format(row.lastConfirmedAt()));
		return model;
	}

}
