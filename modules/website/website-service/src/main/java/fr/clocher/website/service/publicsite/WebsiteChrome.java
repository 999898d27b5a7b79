package fr.clocher.website.service.publicsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.clocher.kernel.site.SiteChrome;
import fr.clocher.kernel.site.SiteChromeSource;
import fr.clocher.kernel.site.SiteLink;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.website.api.MenuEntry;
import fr.clocher.website.api.Theme;
import fr.clocher.website.api.Website;
import fr.clocher.website.service.content.PageStore;
import fr.clocher.website.service.content.StoredPage;
import fr.clocher.website.service.generated.CommuneFacts;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.MenuSettings;
import fr.clocher.website.service.settings.ThemeSettings;
import fr.clocher.website.service.support.PlainText;

/**
 * The frame of the commune's pages: its colour and logo, its menu (entries to pages not
 * published are left out), its footer (town hall, generated pages, council).
 */
class WebsiteChrome implements SiteChromeSource {

	private final ThemeSettings theme;

	private final MenuSettings menu;

	private final CouncilSettings council;

	private final PageStore pages;

	private final GeneratedPages generated;

	WebsiteChrome(ThemeSettings theme, MenuSettings menu, CouncilSettings council, PageStore pages,
			GeneratedPages generated) {
		this.theme = theme;
		this.menu = menu;
		this.council = council;
		this.pages = pages;
		this.generated = generated;
	}

	@Override
	public String moduleKey() {
		return Website.KEY;
	}

	@Override
	public SiteChrome chrome(SiteRequest request) {
		Theme current = this.theme.get();
		Map<UUID, StoredPage> published = this.pages.published()
			.stream()
			.collect(Collectors.toMap(StoredPage::id, Function.identity()));
		List<SiteLink> menu = this.menu.get()
			.entries()
			.stream()
			.map((entry) -> link(entry, published))
			.filter(Objects::nonNull)
			.toList();
		CommuneFacts facts = this.generated.facts();
		List<SiteLink> footer = new ArrayList<>();
		footer.add(SiteLink.to("Mentions légales", GeneratedViews.LEGAL_NOTICES));
		footer.add(SiteLink.to("Données personnelles", GeneratedViews.PRIVACY));
		footer.add(SiteLink.to(
				"Accessibilité : " + GeneratedViews.status(this.generated.accessibility().values().complianceStatus()),
				GeneratedViews.ACCESSIBILITY));
		if (!this.council.get().members().isEmpty()) {
			footer.add(SiteLink.to("Conseil municipal", WebsitePublicPages.COUNCIL));
		}
		String logo = (current.logoId() != null) ? "/fichiers/images/" + current.logoId() + "/petite" : null;
		String header = (current.headerImageId() != null) ? "/fichiers/images/" + current.headerImageId() : null;
		return new SiteChrome(facts.name(), current.primaryColor(), logo, header, menu, footer, footer(facts));
	}

	private static String footer(CommuneFacts facts) {
		StringBuilder html = new StringBuilder("<p><strong>Mairie de ").append(PlainText.escape(facts.name()))
			.append("</strong>");
		for (String line : facts.addressLines()) {
			html.append("<br>").append(PlainText.escape(line));
		}
		if (facts.townHall().phone() != null) {
			html.append("<br>Téléphone : ").append(PlainText.escape(facts.townHall().phone()));
		}
		if (facts.townHall().email() != null) {
			String email = PlainText.escape(facts.townHall().email());
			html.append("<br><a href=\"mailto:").append(email).append("\">").append(email).append("</a>");
		}
		return html.append("</p>").toString();
	}

	private static SiteLink link(MenuEntry entry, Map<UUID, StoredPage> published) {
		return switch (entry.target()) {
			case PAGE -> published.containsKey(entry.pageId())
					? SiteLink.to(entry.label(), published.get(entry.pageId()).publicPath()) : null;
			case LINK -> SiteLink.to(entry.label(), entry.url());
			case GROUP -> {
				List<SiteLink> children = entry.children()
					.stream()
					.map((child) -> link(child, published))
					.filter(Objects::nonNull)
					.toList();
				yield children.isEmpty() ? null : new SiteLink(entry.label(), null, children);
			}
		};
	}

}
