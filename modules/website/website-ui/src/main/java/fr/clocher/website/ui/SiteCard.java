package fr.clocher.website.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.website.api.PageStatus;
import fr.clocher.website.api.PageSummary;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.SiteOverview;
import fr.clocher.website.api.SiteOverviewApi;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The dashboard card: the site's address, how many pages are published and how many
 * drafts wait.
 */
class SiteCard implements DashboardCard {

	private final SiteOverviewApi siteApi;

	private final PagesApi pagesApi;

	SiteCard(SiteOverviewApi siteApi, PagesApi pagesApi) {
		this.siteApi = siteApi;
		this.pagesApi = pagesApi;
	}

	@Override
	public Optional<Component> render(WorkspaceCommune commune) {
		Div card = new Div(new H3(translate("website.card.title")));
		card.setId("website-card");
		try {
			SiteOverview overview = this.siteApi.overview(commune.slug());
			List<PageSummary> pages = this.pagesApi.pages(commune.slug());
			long published = pages.stream().filter((page) -> page.status() != PageStatus.DRAFT).count();
			long drafts = pages.stream().filter((page) -> page.status() != PageStatus.PUBLISHED).count();
			Anchor address = new Anchor(overview.siteUrl(), overview.siteUrl(), AnchorTarget.BLANK);
			card.add(address, new Paragraph(translate("website.card.counts", published, drafts)));
			if (!overview.online()) {
				card.add(new Paragraph(translate("website.card.offline")));
			}
		}
		catch (RuntimeException failure) {
			card.add(new Paragraph(ApiError.of(failure, WorkspaceCommune.locale()).message()));
		}
		return Optional.of(card);
	}

}
