package fr.clocher.website.service.publicsite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SiteLink;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteSlot;
import fr.clocher.kernel.site.SiteSlots;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.kernel.site.SitemapEntry;
import fr.clocher.website.api.CouncilMember;
import fr.clocher.website.api.HomeContent;
import fr.clocher.website.api.Theme;
import fr.clocher.website.api.Website;
import fr.clocher.website.service.content.PageStore;
import fr.clocher.website.service.content.StoredPage;
import fr.clocher.website.service.files.FileKind;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.files.StoredFile;
import fr.clocher.website.service.generated.CommuneFacts;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.HomeSettings;
import fr.clocher.website.service.settings.ThemeSettings;
import fr.clocher.website.service.support.SiteDocuments;

/**
 * The website module's public pages: home, published pages ({@code /pages/<slug>}),
 * council, generated pages, and the files published content names
 * ({@code /fichiers/...}).
 */
public class WebsitePublicPages implements SitePages {

	static final String COUNCIL = "/conseil-municipal";

	private static final Pattern PAGE = Pattern.compile("/pages/([a-z0-9-]+)");

	private static final Pattern IMAGE = Pattern.compile("/fichiers/images/([0-9a-f-]{36})(/petite)?");

	private static final Pattern DOCUMENT = Pattern.compile("/fichiers/documents/([0-9a-f-]{36})/([^/]+)");

	private final PageStore pages;

	private final HomeSettings home;

	private final ThemeSettings theme;

	private final CouncilSettings council;

	private final GeneratedPages generated;

	private final SiteFiles files;

	private final SiteDocuments documents;

	private final SiteSlots slots;

	private final Clock clock;

	private final Views views;

	WebsitePublicPages(PageStore pages, HomeSettings home, ThemeSettings theme, CouncilSettings council,
			GeneratedPages generated, SiteFiles files, SiteDocuments documents, SiteSlots slots, Clock clock,
			SiteTemplates templates) {
		this.pages = pages;
		this.home = home;
		this.theme = theme;
		this.council = council;
		this.generated = generated;
		this.files = files;
		this.documents = documents;
		this.slots = slots;
		this.clock = clock;
		this.views = new Views(templates);
	}

	@Override
	public String moduleKey() {
		return Website.KEY;
	}

	@Override
	public boolean hostsSite() {
		return true;
	}

	@Override
	public Optional<SiteContent> find(SiteRequest request) {
		String path = request.path();
		switch (path) {
			case "/":
				return Optional.of(home(request));
			case COUNCIL:
				return Optional.of(council());
			case GeneratedViews.LEGAL_NOTICES:
				return Optional.of(SitePage.of("Mentions légales",
						"Éditeur, directeur de la publication et hébergeur du site.", GeneratedViews
							.legalNotices(this.views, this.generated.legalNotices().values(), this.generated.host())));
			case GeneratedViews.PRIVACY:
				return Optional.of(SitePage.of("Données personnelles",
						"Quelles données personnelles la commune traite, pourquoi, et vos droits.",
						GeneratedViews.privacy(this.views, this.generated.privacy().values())));
			case GeneratedViews.ACCESSIBILITY:
				return Optional.of(SitePage.of("Déclaration d'accessibilité",
						"État de conformité du site au RGAA, contenus non accessibles, contact et voies de recours.",
						GeneratedViews.accessibility(this.views, this.generated.accessibility().values(),
								this.generated.facts(), request.canonical("/"))));
			default:
				return other(path);
		}
	}

	private Optional<SiteContent> other(String path) {
		Matcher page = PAGE.matcher(path);
		if (page.matches()) {
			return this.pages.publishedBySlug(page.group(1)).map(this::page);
		}
		Matcher image = IMAGE.matcher(path);
		if (image.matches()) {
			UUID id = UUID.fromString(image.group(1));
			return publicFile(FileKind.IMAGE, id).flatMap((file) -> this.files.content(id, image.group(2) != null)
				.map((bytes) -> new SiteFile(bytes, file.contentType(), null, true)));
		}
		Matcher document = DOCUMENT.matcher(path);
		if (document.matches()) {
			UUID id = UUID.fromString(document.group(1));
			return publicFile(FileKind.DOCUMENT, id).filter((file) -> file.fileName().equals(document.group(2)))
				.flatMap((file) -> this.files.content(id, false)
					.map((bytes) -> new SiteFile(bytes, file.contentType(), file.fileName(), true)));
		}
		return Optional.empty();
	}

	/**
	 * A file residents may fetch: one that published content names (a published page's
	 * text, or a setting: theme, council, home, menu... all public once saved). A file
	 * named only by a draft is not found, like an unknown one.
	 */
	private Optional<StoredFile> publicFile(FileKind kind, UUID id) {
		String text = id.toString();
		return this.files.find(kind, id)
			.filter((file) -> this.documents.mentioning(text) || this.pages.publishedMentioning(text));
	}

	private SitePage home(SiteRequest request) {
		CommuneFacts facts = this.generated.facts();
		HomeContent content = this.home.get();
		Theme theme = this.theme.get();
		Map<String, Object> model = new HashMap<>();
		model.put("name", facts.name());
		Optional<StoredFile> hero = Optional.ofNullable(theme.headerImageId())
			.flatMap((id) -> this.files.find(FileKind.IMAGE, id));
		hero.ifPresent((image) -> model.put("hero",
				Map.of("path", image.path(), "width", image.width(), "height", image.height(), "alt", image.alt())));
		model.put("welcome", content.welcome());
		Map<UUID, StoredPage> published = new HashMap<>();
		this.pages.published().forEach((page) -> published.put(page.id(), page));
		List<Map<String, String>> links = new ArrayList<>();
		content.quickLinks().forEach((link) -> {
			if (link.pageId() == null) {
				links.add(Map.of("label", link.label(), "href", link.url()));
			}
			else if (published.containsKey(link.pageId())) {
				links.add(Map.of("label", link.label(), "href", published.get(link.pageId()).publicPath()));
			}
		});
		model.put("hasQuickLinks", !links.isEmpty());
		model.put("quickLinks", links);
		model.put("slots", this.slots.render(SiteSlot.HOME, request));
		model.put("townHall", TownHallView.render(this.views, facts, LocalDate.now(this.clock.withZone(Paris.ZONE))));
		String description = "Site officiel de la commune de " + facts.name()
				+ " : informations pratiques, horaires de la mairie, actualités.";
		return new SitePage(facts.name(), description, this.views.home.execute(model),
				hero.map(StoredFile::path).orElse(null), true);
	}

	private SitePage council() {
		List<Map<String, String>> members = this.council.get().members().stream().map(this::member).toList();
		return SitePage.of("Conseil municipal", "Le maire, les adjoints et les conseillers municipaux.",
				this.views.council.execute(Map.of("hasMembers", !members.isEmpty(), "members", members)));
	}

	private Map<String, String> member(CouncilMember member) {
		Map<String, String> model = new HashMap<>();
		model.put("name", member.name());
		String role = switch (member.role()) {
			case MAYOR -> "Maire";
			case DEPUTY -> "Adjoint au maire";
			case COUNCILLOR -> "Conseiller municipal";
		};
		model.put("role", (member.title() != null) ? member.title() : role);
		model.put("delegation", member.delegation());
		if (member.photoId() != null) {
			model.put("photo", "/fichiers/images/" + member.photoId() + "/petite");
		}
		return model;
	}

	SitePage page(StoredPage page) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", page.publishedTitle());
		model.put("summary", page.publishedSummary());
		model.put("body", page.publishedBody());
		model.put("date", Views.date(page.publishedAt()));
		model.put("iso", page.publishedAt().atZone(Paris.ZONE).toLocalDate().toString());
		return new SitePage(page.publishedTitle(), page.publishedSummary(), this.views.page.execute(model), null,
				false);
	}

	/** A draft in the frame, for the preview. */
	public SitePage preview(String title, String summary, String body) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", (title != null) ? title : "");
		model.put("summary", summary);
		model.put("body", body);
		return new SitePage((title != null) ? title : "", summary, this.views.page.execute(model), null, false);
	}

	@Override
	public List<SitemapEntry> sitemap(SiteRequest request) {
		List<SitemapEntry> entries = new ArrayList<>();
		entries.add(new SitemapEntry("/", null));
		this.pages.published().forEach((page) -> entries.add(new SitemapEntry(page.publicPath(), page.publishedAt())));
		entries.add(new SitemapEntry(COUNCIL, null));
		entries.add(new SitemapEntry(GeneratedViews.LEGAL_NOTICES, null));
		entries.add(new SitemapEntry(GeneratedViews.PRIVACY, null));
		entries.add(new SitemapEntry(GeneratedViews.ACCESSIBILITY, null));
		return entries;
	}

	@Override
	public List<SiteLink> linkable(SiteRequest request) {
		return List.of(SiteLink.to("Accueil", "/"), SiteLink.to("Conseil municipal", COUNCIL),
				SiteLink.to("Mentions légales", GeneratedViews.LEGAL_NOTICES),
				SiteLink.to("Données personnelles", GeneratedViews.PRIVACY),
				SiteLink.to("Accessibilité", GeneratedViews.ACCESSIBILITY));
	}

}
