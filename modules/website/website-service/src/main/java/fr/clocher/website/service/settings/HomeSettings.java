package fr.clocher.website.service.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.website.api.HomeContent;
import fr.clocher.website.api.QuickLink;
import fr.clocher.website.service.content.PageStore;
import fr.clocher.website.service.content.RichText;
import fr.clocher.website.service.support.PlainText;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.Violations;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's own content: welcome text and quick links.
 */
public class HomeSettings {

	static final String DOCUMENT = "home";

	private final SiteDocuments documents;

	private final PageStore pages;

	private final WebsiteChanges changes;

	HomeSettings(SiteDocuments documents, PageStore pages, WebsiteChanges changes) {
		this.documents = documents;
		this.pages = pages;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	public HomeContent get() {
		return this.documents.read(DOCUMENT, HomeContent.class).orElse(new HomeContent("", List.of()));
	}

	@Transactional
	public HomeContent update(HomeContent home) {
		Violations violations = new Violations();
		HomeContent given = (home != null) ? home : new HomeContent("", List.of());
		violations.maxLength("welcome", given.welcome(), 20_000);
		String welcome = RichText.sanitize(given.welcome());
		if (RichText.imagesWithoutAlt(welcome) > 0) {
			violations.add("welcome", "Chaque image doit avoir un texte alternatif.",
					"Every image needs an alternative text.");
		}
		if (given.quickLinks().size() > 12) {
			violations.add("quickLinks", "12 liens rapides au plus.", "At most 12 quick links.");
		}
		List<QuickLink> links = new ArrayList<>();
		for (int i = 0; i < given.quickLinks().size(); i++) {
			QuickLink link = given.quickLinks().get(i);
			String field = "quickLinks[" + i + "]";
			String label = PlainText.clean(link.label());
			if (violations.required(field + ".label", label)) {
				violations.maxLength(field + ".label", label, 60);
			}
			String url = PlainText.clean(link.url());
			if (link.pageId() != null) {
				Links.checkPage(violations, field + ".pageId", link.pageId(), this.pages);
				url = null;
			}
			else {
				Links.checkUrl(violations, field + ".url", url);
			}
			links.add(new QuickLink(label, link.pageId(), url));
		}
		violations.throwIfAny();
		HomeContent saved = new HomeContent(welcome, links);
		this.documents.write(DOCUMENT, saved);
		this.changes.record("Page d'accueil modifiée", "Home page changed");
		return saved;
	}

	void forgetPage(UUID pageId) {
		HomeContent home = get();
		List<QuickLink> kept = home.quickLinks().stream().filter((link) -> !pageId.equals(link.pageId())).toList();
		if (kept.size() != home.quickLinks().size()) {
			this.documents.write(DOCUMENT, new HomeContent(home.welcome(), kept));
		}
	}

}
