package fr.clocher.announcements.ui.intercommunal;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.IntercommunalApi;
import fr.clocher.announcements.api.SharedAnnouncement;
import fr.clocher.announcements.ui.alerts.AlertsListView;
import fr.clocher.announcements.ui.events.EventsListView;
import fr.clocher.announcements.ui.news.NewsListView;
import fr.clocher.announcements.ui.support.Dates;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.kernel.ui.WorkspaceCommune;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * For a commune: what its intercommunality (and syndicates) publish, shown on its site
 * and feeds unless the secretary hides one there. For an intercommunality or a syndicate:
 * where its own announcements go (every member commune's site), written in the same
 * screens as any tenant's.
 */
@Route("announcements/intercommunal")
@PageTitle("Intercommunalité")
@ModuleView(Announcements.KEY)
@PermitAll
public class IntercommunalView extends ModuleScreen {

	public final Grid<SharedAnnouncement> grid = new Grid<>();

	private final IntercommunalApi intercommunalApi;

	private final List<SharedAnnouncement> shared = new ArrayList<>();

	public IntercommunalView(IntercommunalApi intercommunalApi) {
		super(translate("announcements.intercommunal.title"), null);
		this.intercommunalApi = intercommunalApi;
		if (WorkspaceCommune.require().kind() == TenantKind.COMMUNE) {
			showGroupsAnnouncements();
		}
		else {
			showWhereOwnAnnouncementsGo();
		}
	}

	private void showGroupsAnnouncements() {
		add(new Paragraph(translate("announcements.intercommunal.intro-commune")));
		this.grid.addColumn((item) -> kind(item.kind()))
			.setHeader(translate("announcements.intercommunal.kind"))
			.setFlexGrow(1);
		this.grid.addColumn(SharedAnnouncement::title)
			.setHeader(translate("announcements.intercommunal.announcement"))
			.setFlexGrow(3);
		this.grid.addColumn((item) -> item.origin().name())
			.setHeader(translate("announcements.intercommunal.from"))
			.setFlexGrow(2);
		this.grid.addColumn((item) -> Dates.format(item.publishedAt()))
			.setHeader(translate("announcements.intercommunal.published"))
			.setFlexGrow(1);
		this.grid
			.addColumn((item) -> item.hidden() ? translate("announcements.intercommunal.hidden-here")
					: translate("announcements.intercommunal.shown-here"))
			.setHeader(translate("announcements.intercommunal.on-our-site"))
			.setFlexGrow(1);
		this.grid.addComponentColumn(this::toggle).setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(translate("announcements.intercommunal.empty"));
		add(this.grid);
		this.api.run(() -> this.intercommunalApi.shared(tenant())).ifPresent((items) -> {
			this.shared.addAll(items);
			this.grid.setItems(this.shared);
		});
	}

	private Button toggle(SharedAnnouncement item) {
		String label = item.hidden() ? translate("announcements.intercommunal.show")
				: translate("announcements.intercommunal.hide");
		Button button = new Button(
				label, (item.hidden() ? VaadinIcon.EYE
						: VaadinIcon.EYE_SLASH)
					.create(),
				(event) -> this.api.run(() -> item.hidden() ? this.intercommunalApi.show(tenant(), item.id())
						: this.intercommunalApi.hide(tenant(), item.id()))
					.ifPresent(this::changed));
		button.getElement().setAttribute("aria-label", label + " : " + item.title());
		return button;
	}

	private void changed(SharedAnnouncement item) {
		this.shared.replaceAll((known) -> known.id().equals(item.id()) ? item : known);
		this.grid.getDataProvider().refreshAll();
		ApiCall.success(item.hidden() ? translate("announcements.intercommunal.now-hidden", item.title())
				: translate("announcements.intercommunal.now-shown", item.title()));
	}

	private void showWhereOwnAnnouncementsGo() {
		add(new Paragraph(translate("announcements.intercommunal.intro-group")));
		add(new HorizontalLayout(new RouterLink(translate("announcements.nav.news"), NewsListView.class),
				new RouterLink(translate("announcements.nav.events"), EventsListView.class),
				new RouterLink(translate("announcements.nav.alerts"), AlertsListView.class)));
	}

	private static String kind(String kind) {
		return switch (kind) {
			case "NEWS" -> translate("announcements.intercommunal.kind-news");
			case "EVENT" -> translate("announcements.intercommunal.kind-event");
			case "ALERT" -> translate("announcements.intercommunal.kind-alert");
			default -> kind;
		};
	}

}
