package fr.clocher.announcements.service.site;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import fr.clocher.announcements.service.content.Dates;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.Publishers.Publishing;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.kernel.site.SiteRequest;

/**
 * RSS 2.0 feeds written with Rome: one item per announcement, its link and guid the
 * canonical address of its page, a group's item with the group as its author and the
 * category "Intercommunalité".
 */
class RssFeeds {

	static final String GROUP_CATEGORY = "Intercommunalité";

	String news(SiteRequest request, Publishing publishing, List<StoredAnnouncement> rows) {
		SyndFeed feed = feed(request, "Actualités – " + request.tenant().name(), AnnouncementPages.NEWS,
				"Les actualités de " + request.tenant().name());
		feed.setEntries(rows.stream()
			.map((row) -> entry(request, publishing, row, row.title(), row.summary(), row.publicPath()))
			.toList());
		return write(feed);
	}

	String alerts(SiteRequest request, Publishing publishing, List<StoredAnnouncement> rows) {
		SyndFeed feed = feed(request, "Alertes – " + request.tenant().name(), AnnouncementPages.ALERTS,
				"Les alertes en cours à " + request.tenant().name());
		feed.setEntries(rows.stream().map((row) -> {
			String where = (row.place() != null) ? row.place() + ". " : "";
			String text = where + "Jusqu'au " + Dates.moment(row.endsAt()) + "."
					+ (row.body().isEmpty() ? "" : " " + row.body());
			return entry(request, publishing, row, row.title(), text, AnnouncementPages.ALERTS + "#alerte-" + row.id());
		}).toList());
		return write(feed);
	}

	private static SyndFeed feed(SiteRequest request, String title, String path, String description) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("rss_2.0");
		feed.setTitle(title);
		feed.setLink(request.canonical(path));
		feed.setDescription(description);
		feed.setLanguage("fr");
		return feed;
	}

	private static SyndEntry entry(SiteRequest request, Publishing publishing, StoredAnnouncement row, String title,
			String text, String path) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(title);
		entry.setLink(request.canonical(path));
		entry.setUri(request
			.canonical(row.kind() == Kind.ALERT ? AnnouncementPages.ALERTS + "#alerte-" + row.id() : row.publicPath()));
		entry.setPublishedDate(Date.from(row.publishAt()));
		List<SyndCategory> categories = new ArrayList<>();
		if (row.category() != null) {
			categories.add(category(row.category()));
		}
		publishing.group(row.tenantId()).ifPresent((group) -> {
			entry.setAuthor(group.name());
			categories.add(category(GROUP_CATEGORY));
		});
		entry.setCategories(categories);
		if (text != null) {
			SyndContent description = new SyndContentImpl();
			description.setType("text/plain");
			description.setValue(text);
			entry.setDescription(description);
		}
		return entry;
	}

	private static SyndCategory category(String name) {
		SyndCategory category = new SyndCategoryImpl();
		category.setName(name);
		return category;
	}

	private static String write(SyndFeed feed) {
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the feed " + feed.getTitle(), ex);
		}
	}

}
