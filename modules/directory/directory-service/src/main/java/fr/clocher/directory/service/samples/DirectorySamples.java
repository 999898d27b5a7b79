package fr.clocher.directory.service.samples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import fr.clocher.directory.api.Category;
import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.OpeningHours;
import fr.clocher.directory.service.categories.Categories;
import fr.clocher.directory.service.entries.Drafts;
import fr.clocher.directory.service.entries.Entries;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteSample;
import fr.clocher.kernel.site.SiteSamples;
import fr.clocher.kernel.tenancy.TenantRef;

/**
 * What a commune's directory holds: a bakery with its hours, a photo-less association,
 * the town hall; then the directory's home, a category, a search, the bakery's page and
 * the list of addresses.
 */
class DirectorySamples implements SiteSamples {

	private final ModuleActivations activations;

	private final Categories categories;

	private final Drafts drafts;

	private final Entries entries;

	private final Map<UUID, UUID> seeded = new ConcurrentHashMap<>();

	DirectorySamples(ModuleActivations activations, Categories categories, Drafts drafts, Entries entries) {
		this.activations = activations;
		this.categories = categories;
		this.drafts = drafts;
		this.entries = entries;
	}

	@Override
	public String moduleKey() {
		return Directory.KEY;
	}

	@Override
	public void seed(TenantRef commune) {
		if (!this.activations.isEnabled(Directory.KEY)) {
			this.activations.enable(Directory.KEY, null);
		}
		List<OpeningHours> hours = List.of(new OpeningHours("TUESDAY", "07:00", "12:30"),
				new OpeningHours("SATURDAY", "07:00", "12:00"));
		UUID bakery = publish(new EntryDraft("Boulangerie Au Bon Pain", category("commerces"),
				"Pain au levain, viennoiseries et pâtisseries.", "2 place de l'Église", null, new BigDecimal("43.795"),
				new BigDecimal("6.950"), "04 92 00 00 00", "pain@exemple.fr", "https://pain.exemple.fr", hours,
				"732 829 320 00074"));
		publish(new EntryDraft("Comité des fêtes", category("associations"),
				"L'association organise la fête du village.", null, null, null, null, null, null, null, null, null));
		publish(new EntryDraft("Mairie", category("services-publics"), "Accueil, état civil, urbanisme.",
				"1 place de la Mairie", null, new BigDecimal("43.796"), new BigDecimal("6.951"), "04 92 00 00 01",
				"mairie@exemple.fr", null, List.of(new OpeningHours("MONDAY", "09:00", "12:00")), null));
		this.seeded.put(commune.id(), bakery);
	}

	private UUID category(String slug) {
		return this.categories.all()
			.stream()
			.filter((category) -> category.slug().equals(slug))
			.map(Category::id)
			.findFirst()
			.orElseThrow();
	}

	private UUID publish(EntryDraft draft) {
		return this.entries.create(this.drafts.check(draft), EntryStatus.PUBLISHED).id();
	}

	@Override
	public List<SiteSample> samples(TenantRef commune) {
		List<SiteSample> pages = List.of(new SiteSample("annuaire", "/annuaire", "Annuaire des services"),
				new SiteSample("annuaire-categorie", "/annuaire/categorie/commerces", "Commerces"),
				new SiteSample("annuaire-recherche", "/annuaire/recherche?q=boulangeries", "Recherche : boulangeries"),
				new SiteSample("annuaire-carte", "/annuaire/carte", "Plan de l'annuaire"));
		UUID bakery = this.seeded.get(commune.id());
		if (bakery == null) {
			return pages;
		}
		return java.util.stream.Stream
			.concat(pages.stream(),
					java.util.stream.Stream
						.of(new SiteSample("annuaire-fiche", "/annuaire/" + bakery, "Boulangerie Au Bon Pain")))
			.toList();
	}

}
