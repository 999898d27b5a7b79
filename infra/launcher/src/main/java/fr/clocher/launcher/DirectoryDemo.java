package fr.clocher.launcher;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The service directory of the demo, through the module's API as a secretary's screens
 * call it (the launcher does not depend on the module: plain JSON): the module on for the
 * intercommunality and its communes, and in each commune its town hall, its school, an
 * association and a shop, published, with positions, hours and one SIRET; the
 * intercommunality's recycling centre, which every member's site shows. Entries there
 * already (by name) are left as they are, so running it again changes nothing.
 */
final class DirectoryDemo {

	private static final String MODULE = "directory";

	private final OperatorApi api;

	DirectoryDemo(OperatorApi api) {
		this.api = api;
	}

	/** Seeds the group's directory, then each member commune's. */
	void seed(String group, List<String> communes) throws Exception {
		switchOn(group);
		entries(group,
				List.of(entry("Déchèterie intercommunale", "services-publics",
						"Dépôt des encombrants, déchets verts, gravats et cartons des habitants des communes membres.",
						"Zone artisanale des Prés", "05 61 00 00 10",
						List.of(slot("TUESDAY", "09:00", "12:00"), slot("SATURDAY", "09:00", "17:00")), null)));
		int n = 0;
		for (String commune : communes) {
			switchOn(commune);
			String name = name(commune);
			n++;
			entries(commune,
					List.of(entry("Mairie de " + name, "services-publics",
							"Accueil, état civil, urbanisme, inscriptions scolaires.", n
									+ " place de la Mairie",
							"05 61 00 0" + n + " 01",
							List.of(slot("MONDAY", "09:00", "12:00"), slot("THURSDAY", "14:00", "18:00")), null),
							entry("École élémentaire de " + name, "enfance",
									"Classes du CP au CM2, cantine et garderie périscolaire.", "2 rue des Écoles",
									"05 61 00 0" + n + " 02", List.of(), null),
							entry("Comité des fêtes de " + name, "associations",
									"L'association organise la fête du village, le vide-greniers et le marché de Noël.",
									null, null, List.of(), null),
							entry("Boulangerie Au Bon Pain", "commerces",
									"Pain au levain, viennoiseries et pâtisseries, tous les matins sauf le lundi.",
									"5 place de l'Église", "05 61 00 0" + n + " 03",
									List.of(slot("TUESDAY", "07:00", "12:30"), slot("WEDNESDAY", "07:00", "12:30"),
											slot("SATURDAY", "07:00", "12:30")),
									"73282932000074")));
		}
	}

	private void entries(String tenant, List<Map<String, Object>> entries) throws Exception {
		String root = "/api/tenants/" + tenant + "/" + MODULE;
		Map<String, String> categories = new LinkedHashMap<>();
		this.api.require(root + "/categories")
			.forEach((category) -> categories.put(category.get("slug").asString(), category.get("id").asString()));
		Set<String> there = new HashSet<>();
		this.api.require(root + "/entries").forEach((entry) -> there.add(entry.get("name").asString()));
		for (Map<String, Object> entry : entries) {
			if (there.contains((String) entry.get("name"))) {
				continue;
			}
			Map<String, Object> draft = new LinkedHashMap<>(entry);
			draft.put("categoryId", categories.get((String) draft.remove("category")));
			OperatorApi.Response created = this.api.post(root + "/entries", draft);
			expect(created, "creating " + entry.get("name") + " in " + tenant);
			String id = created.body().get("id").asString();
			expect(this.api.post(root + "/entries/" + id + "/publish", ""), "publishing " + entry.get("name"));
		}
	}

	private static Map<String, Object> entry(String name, String category, String description, String address,
			String phone, List<Map<String, String>> hours, String siret) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("name", name);
		entry.put("category", category);
		entry.put("description", description);
		entry.put("address", address);
		entry.put("phone", phone);
		entry.put("openingHours", hours);
		entry.put("siret", siret);
		if (address != null) {
			entry.put("latitude", 43.5 + Math.abs(name.hashCode() % 1000) / 100_000.0);
			entry.put("longitude", 1.5 + Math.abs(name.hashCode() % 777) / 100_000.0);
		}
		return entry;
	}

	private static Map<String, String> slot(String day, String opens, String closes) {
		return Map.of("day", day, "opens", opens, "closes", closes);
	}

	private String name(String slug) throws Exception {
		JsonNode tenant = this.api.get("/api/platform/tenants/" + slug).body();
		return (tenant != null && tenant.has("name")) ? tenant.get("name").asString() : slug;
	}

	private void switchOn(String slug) throws Exception {
		String modules = "/api/tenants/" + slug + "/modules";
		for (JsonNode status : this.api.require(modules)) {
			if (status.get("module").get("key").asString().equals(MODULE) && status.get("enabled").asBoolean()) {
				return;
			}
		}
		expect(this.api.put(modules + "/" + MODULE, Map.of("enabled", true)), "switching the directory on for " + slug);
	}

	private static void expect(OperatorApi.Response response, String what) {
		if (response.status() < 200 || response.status() >= 300) {
			throw new IllegalStateException(
					"The directory demo failed " + what + ": HTTP " + response.status() + " " + response.body());
		}
	}

}
