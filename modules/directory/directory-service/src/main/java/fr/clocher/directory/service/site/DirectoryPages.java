package fr.clocher.directory.service.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.directory.api.CategoryKind;
import fr.clocher.directory.api.Directory;
import fr.clocher.directory.service.categories.CategoryStore;
import fr.clocher.directory.service.categories.CategoryStore.PublicCategory;
import fr.clocher.directory.service.entries.EntryStore;
import fr.clocher.directory.service.entries.Search;
import fr.clocher.directory.service.entries.StoredEntry;
import fr.clocher.directory.service.site.Readers.Shown;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SiteLink;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SitemapEntry;
import tools.jackson.databind.ObjectMapper;

/**
 * The directory's public pages, the commune's entries and its groups' together:
 * {@code /annuaire} (search form, categories), {@code /annuaire/categorie/<slug>},
 * {@code /annuaire/recherche?q=} (and {@code .json}), one page per entry with its
 * JSON-LD, its photo, {@code /annuaire/carte} (the addresses with a link to OpenStreetMap
 * each: no map tiles, no script) and the open data ({@code /annuaire/donnees.csv},
 * {@code .json}).
 */
class DirectoryPages implements SitePages {

	static final String ROOT = "/annuaire";

	private static final Pattern ENTRY = Pattern.compile(ROOT + "/([0-9a-f-]{36})(/photo)?");

	private static final Pattern CATEGORY = Pattern.compile(ROOT + "/categorie/([a-z0-9-]{1,80})");

	private final EntryStore entries;

	private final CategoryStore categories;

	private final Search search;

	private final Readers readers;

	private final Views views;

	private final JsonLd jsonLd;

	private final OpenData openData;

	private final ObjectMapper json;

	private final int results;

	DirectoryPages(EntryStore entries, CategoryStore categories, Search search, Readers readers, Views views,
			ObjectMapper json, int results) {
		this.entries = entries;
		this.categories = categories;
		this.search = search;
		this.readers = readers;
		this.views = views;
		this.jsonLd = new JsonLd(json);
		this.openData = new OpenData(json);
		this.json = json;
		this.results = results;
	}

	@Override
	public String moduleKey() {
		return Directory.KEY;
	}

	@Override
	public Optional<SiteContent> find(SiteRequest request) {
		String path = request.path();
		if (!path.equals(ROOT) && !path.startsWith(ROOT + "/")) {
			return Optional.empty();
		}
		Shown shown = this.readers.current();
		return switch (path) {
			case ROOT -> Optional.of(index(request, shown));
			case ROOT + "/recherche" -> Optional.of(searchPage(request, shown));
			case ROOT + "/recherche.json" -> Optional.of(searchJson(request, shown));
			case ROOT + "/carte" -> Optional.of(map(shown));
			case ROOT + "/donnees.csv" -> Optional.of(this.openData
				.csv(this.entries.published(shown.ids(), (String) null), this.categories.byId(shown.ids()), request));
			case ROOT + "/donnees.json" -> Optional.of(this.openData
				.json(this.entries.published(shown.ids(), (String) null), this.categories.byId(shown.ids()), request));
			default -> other(request, shown);
		};
	}

	private Optional<SiteContent> other(SiteRequest request, Shown shown) {
		Matcher entry = ENTRY.matcher(request.path());
		if (entry.matches()) {
			UUID id = UUID.fromString(entry.group(1));
			if (entry.group(2) != null) {
				return this.entries.photo(shown.ids(), id)
					.map((photo) -> new SiteFile(photo.content(), photo.type(), null, false));
			}
			return this.entries.publishedEntry(shown.ids(), id).map((row) -> entryPage(row, request, shown));
		}
		Matcher category = CATEGORY.matcher(request.path());
		if (category.matches()) {
			String slug = category.group(1);
			return this.categories.published(shown.ids())
				.stream()
				.filter((found) -> found.slug().equals(slug))
				.findFirst()
				.map((found) -> list(found.name(), null, this.entries.published(shown.ids(), slug), shown,
						"Aucune fiche dans cette catégorie.", request));
		}
		return Optional.empty();
	}

	private SitePage index(SiteRequest request, Shown shown) {
		List<Map<String, Object>> categories = this.categories.published(shown.ids())
			.stream()
			.map((category) -> Map.<String, Object>of("name", category.name(), "href",
					ROOT + "/categorie/" + category.slug(), "entries", category.entries(), "plural",
					category.entries() > 1))
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("base", request.basePath());
		model.put("hasCategories", !categories.isEmpty());
		model.put("categories", categories);
		model.put("licence", "Les données de l'annuaire sont publiées sous la " + OpenData.LICENCE);
		return SitePage.of("Annuaire des services",
				"Associations, commerces, artisans, santé, enfance, services publics et transports de la commune.",
				this.views.index.execute(model));
	}

	private SitePage searchPage(SiteRequest request, Shown shown) {
		String query = request.parameters().getOrDefault("q", "").strip();
		List<StoredEntry> found = this.search.find(shown.ids(), query, true, this.results);
		String title = query.isEmpty() ? "Rechercher dans l'annuaire" : "Recherche : " + query;
		SitePage page = list(title, query, found, shown,
				query.isEmpty() ? "Saisissez ce que vous cherchez." : "Aucune fiche ne correspond à « " + query + " ».",
				request);
		return page;
	}

	private SiteFile searchJson(SiteRequest request, Shown shown) {
		String query = request.parameters().getOrDefault("q", "").strip();
		Map<UUID, PublicCategory> categories = this.categories.byId(shown.ids());
		List<Map<String, Object>> results = new ArrayList<>();
		for (StoredEntry row : this.search.find(shown.ids(), query, true, this.results)) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("id", row.id().toString());
			result.put("name", row.name());
			PublicCategory category = categories.get(row.categoryId());
			result.put("category", (category != null) ? category.name() : null);
			result.put("page", request.canonical(row.publicPath()));
			results.add(result);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("query", query);
		document.put("results", results);
		return new SiteFile(this.json.writeValueAsBytes(document), "application/json", null, false);
	}

	private SitePage list(String heading, String query, List<StoredEntry> rows, Shown shown, String empty,
			SiteRequest request) {
		Map<UUID, PublicCategory> categories = this.categories.byId(shown.ids());
		Map<String, Object> model = new HashMap<>();
		model.put("heading", heading);
		model.put("base", request.basePath());
		if (query != null) {
			model.put("search", true);
			model.put("query", query);
		}
		model.put("count", rows.size());
		model.put("plural", rows.size() > 1);
		model.put("hasEntries", !rows.isEmpty());
		model.put("entries", rows.stream().map((row) -> Views.model(row, categories, shown)).toList());
		model.put("empty", empty);
		return SitePage.of(heading, null, this.views.list.execute(model));
	}

	private SitePage map(Shown shown) {
		Map<UUID, PublicCategory> categories = this.categories.byId(shown.ids());
		List<Map<String, Object>> placed = this.entries.published(shown.ids(), (String) null)
			.stream()
			.filter((row) -> row.latitude() != null)
			.map((row) -> Views.model(row, categories, shown))
			.toList();
		return SitePage.of("Plan de l'annuaire", "Les adresses de l'annuaire, chacune sur OpenStreetMap.",
				this.views.map.execute(Map.of("hasEntries", !placed.isEmpty(), "entries", placed)));
	}

	private SitePage entryPage(StoredEntry row, SiteRequest request, Shown shown) {
		Map<UUID, PublicCategory> categories = this.categories.byId(shown.ids());
		Map<String, Object> model = Views.model(row, categories, shown);
		if (row.photoType() != null) {
			model.put("photo", row.publicPath() + "/photo");
			model.put("photoAlt", row.photoAlt());
		}
		PublicCategory category = categories.get(row.categoryId());
		CategoryKind kind = (category != null) ? category.kind() : CategoryKind.ORGANIZATION;
		String locality = row.communeId().equals(request.tenant().id()) ? request.tenant().name() : null;
		model.put("jsonLd", this.jsonLd.of(row, kind, request, locality));
		model.put("id", row.id().toString());
		model.put("correctable", row.tenantId().equals(request.tenant().id()));
		String description = (String) model.get("summary");
		return new SitePage(row.name(), description, this.views.entry.execute(model),
				(row.photoType() != null) ? row.publicPath() + "/photo" : null, false);
	}

	@Override
	public List<SitemapEntry> sitemap(SiteRequest request) {
		Shown shown = this.readers.current();
		List<SitemapEntry> pages = new ArrayList<>();
		pages.add(new SitemapEntry(ROOT, null));
		this.categories.published(shown.ids())
			.forEach((category) -> pages.add(new SitemapEntry(ROOT + "/categorie/" + category.slug(), null)));
		this.entries.published(shown.ids(), (String) null)
			.forEach((row) -> pages.add(new SitemapEntry(row.publicPath(), row.updatedAt())));
		return pages;
	}

	@Override
	public List<SiteLink> linkable(SiteRequest request) {
		return List.of(SiteLink.to("Annuaire des services", ROOT));
	}

}
