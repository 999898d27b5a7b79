package fr.clocher.announcements.service.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Template;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.service.AnnouncementsProperties;
import fr.clocher.announcements.service.audience.ReadBeacon;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.Publishers.Publishing;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.announcements.service.images.ImageStore;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SiteLink;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SitemapEntry;
import fr.clocher.kernel.tenancy.TenantContext;

/**
 * The module's public pages: the news ({@code /actualites}, paged, and one page per
 * item), the agenda ({@code /agenda} and one page per event), the current alerts
 * ({@code /alertes}), the images of news items, and the feeds ({@link Feeds}).
 */
public class AnnouncementPages implements SitePages {

	static final String NEWS = "/actualites";

	static final String AGENDA = "/agenda";

	static final String ALERTS = "/alertes";

	private static final Pattern ITEM = Pattern.compile("/(actualites|agenda)/([0-9a-f-]{36})");

	private static final Pattern IMAGE = Pattern.compile(NEWS + "/images/([0-9a-f-]{36})");

	/** The paths this module answers: anything else is not asked for its groups. */
	private static final Pattern MINE = Pattern.compile("/(actualites|agenda|alertes)(/|\\.ics$|$)");

	private static final int AGENDA_SIZE = 100;

	private final PublicAnnouncements announcements;

	private final ImageStore images;

	private final Feeds feeds;

	private final Views views;

	private final int perPage;

	AnnouncementPages(PublicAnnouncements announcements, ImageStore images, Feeds feeds, Views views,
			AnnouncementsProperties properties) {
		this.announcements = announcements;
		this.images = images;
		this.feeds = feeds;
		this.views = views;
		this.perPage = properties.newsPerPage();
	}

	@Override
	public String moduleKey() {
		return Announcements.KEY;
	}

	@Override
	public Optional<SiteContent> find(SiteRequest request) {
		if (!MINE.matcher(request.path()).lookingAt()) {
			return Optional.empty();
		}
		Publishing publishing = this.announcements.publishing();
		return switch (request.path()) {
			case NEWS -> Optional.of(newsList(request, publishing));
			case AGENDA -> Optional.of(list(publishing, Kind.EVENT, "Agenda", "Les prochains événements de la commune.",
					this.views.agenda));
			case ALERTS -> Optional.of(list(publishing, Kind.ALERT, "Alertes en cours",
					"Les alertes en cours dans la commune.", this.views.alerts));
			default -> other(request, publishing);
		};
	}

	private Optional<SiteContent> other(SiteRequest request, Publishing publishing) {
		Optional<SiteContent> feed = this.feeds.find(request, publishing);
		if (feed.isPresent()) {
			return feed;
		}
		Matcher item = ITEM.matcher(request.path());
		if (item.matches()) {
			Kind kind = "actualites".equals(item.group(1)) ? Kind.NEWS : Kind.EVENT;
			return this.announcements.one(publishing, kind, UUID.fromString(item.group(2)))
				.map((row) -> item(row, publishing));
		}
		Matcher image = IMAGE.matcher(request.path());
		if (image.matches()) {
			return this.images.content(publishing.ids(), UUID.fromString(image.group(1)))
				.map((found) -> new SiteFile(found.content(), found.contentType(), null, true));
		}
		return Optional.empty();
	}

	private SitePage newsList(SiteRequest request, Publishing publishing) {
		int total = this.announcements.count(publishing, Kind.NEWS);
		int pages = Math.max(1, (total + this.perPage - 1) / this.perPage);
		int page = Math.clamp(parse(request.parameters().get("page")), 1, pages);
		List<Map<String, Object>> items = this.announcements
			.current(publishing, Kind.NEWS, this.perPage, (page - 1) * this.perPage)
			.stream()
			.map((row) -> Views.model(row, publishing))
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("hasItems", !items.isEmpty());
		model.put("items", items);
		model.put("paged", pages > 1);
		model.put("page", page);
		model.put("pages", pages);
		if (page > 1) {
			model.put("previous", (page == 2) ? NEWS : NEWS + "?page=" + (page - 1));
		}
		if (page < pages) {
			model.put("next", NEWS + "?page=" + (page + 1));
		}
		String title = (page > 1) ? "Actualités, page " + page : "Actualités";
		return SitePage.of(title, "Les actualités de la commune.", this.views.newsList.execute(model));
	}

	private SitePage list(Publishing publishing, Kind kind, String title, String description, Template template) {
		List<Map<String, Object>> items = this.announcements.current(publishing, kind, AGENDA_SIZE, 0)
			.stream()
			.map((row) -> (kind == Kind.ALERT) ? read(Views.model(row, publishing), row) : Views.model(row, publishing))
			.toList();
		return SitePage.of(title, description, template.execute(Map.of("hasItems", !items.isEmpty(), "items", items)));
	}

	private SitePage item(StoredAnnouncement row, Publishing publishing) {
		return page(row, read(Views.model(row, publishing), row));
	}

	/**
	 * The page of one announcement, a draft included (for its preview, dated as if
	 * published now): news items and events have a page of their own, an alert shows as
	 * on the page of current alerts.
	 */
	public SitePage preview(StoredAnnouncement row) {
		Map<String, Object> model = Views.model(row, this.announcements.publishing());
		if (row.publishAt() == null) {
			Views.dated(model, this.announcements.now());
		}
		if (row.kind() == Kind.ALERT) {
			return SitePage.of("Alertes en cours", "Les alertes en cours dans la commune.",
					this.views.alerts.execute(Map.of("hasItems", true, "items", List.of(model))));
		}
		return page(row, model);
	}

	/**
	 * Adds the read beacon to the model of one of the commune's own announcements (a
	 * group's are counted by no one).
	 */
	private static Map<String, Object> read(Map<String, Object> model, StoredAnnouncement row) {
		if (row.tenantId().equals(TenantContext.require())) {
			model.put("beacon", ReadBeacon.path(row.id()));
		}
		return model;
	}

	private SitePage page(StoredAnnouncement row, Map<String, Object> model) {
		if (row.kind() == Kind.NEWS) {
			if (row.imageId() != null) {
				this.images.info(row.tenantId(), row.imageId()).ifPresentOrElse((info) -> {
					model.put("alt", info.alt());
					model.put("width", info.width());
					model.put("height", info.height());
				}, () -> model.remove("image"));
			}
			return new SitePage(row.title(), row.summary(), this.views.newsItem.execute(model),
					(String) model.get("image"), false);
		}
		return SitePage.of(row.title(), row.summary(), this.views.event.execute(model));
	}

	private static int parse(String page) {
		try {
			return (page != null) ? Integer.parseInt(page) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	@Override
	public List<SitemapEntry> sitemap(SiteRequest request) {
		Publishing publishing = this.announcements.publishing();
		List<SitemapEntry> entries = new ArrayList<>();
		entries.add(new SitemapEntry(NEWS, null));
		this.announcements.current(publishing, Kind.NEWS, 1000, 0)
			.forEach((row) -> entries.add(new SitemapEntry(row.publicPath(), row.updatedAt())));
		entries.add(new SitemapEntry(AGENDA, null));
		this.announcements.current(publishing, Kind.EVENT, 1000, 0)
			.forEach((row) -> entries.add(new SitemapEntry(row.publicPath(), row.updatedAt())));
		return entries;
	}

	@Override
	public List<SiteLink> linkable(SiteRequest request) {
		return List.of(SiteLink.to("Actualités", NEWS), SiteLink.to("Agenda", AGENDA),
				SiteLink.to("Alertes en cours", ALERTS));
	}

}
