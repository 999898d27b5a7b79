package fr.clocher.portal.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import fr.clocher.kernel.api.workspace.ModuleStatus;
import fr.clocher.kernel.api.workspace.TenantProfile;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.ModuleUi;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.portal.signin.PortalRole;

/**
 * Where a secretary lands: her commune's identity and site address, the modules it has
 * on, what needs her attention (each module's own cards) and the latest changes.
 */
@Route("")
@Menu(title = "menu.dashboard", order = 0)
@RolesAllowed({ PortalRole.SECRETARY_NAME, PortalRole.PLATFORM_OPERATOR_NAME })
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, CommuneScreen {

	private final WorkspaceSession workspace;

	private final List<ModuleUi> modules;

	private final RecentChanges recentChanges;

	public DashboardView(WorkspaceSession workspace, List<ModuleUi> modules, RecentChanges recentChanges) {
		this.workspace = workspace;
		this.modules = modules;
		this.recentChanges = recentChanges;
		setId("dashboard");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		Locale locale = WorkspaceCommune.locale();
		try {
			Optional<TenantProfile> profile = this.workspace.profile();
			if (profile.isEmpty()) {
				add(new H1(getTranslation("dashboard.heading-none")), new Paragraph(getTranslation("dashboard.none")));
				return;
			}
			showIdentity(profile.get());
			showModules(locale);
			showAttention(locale);
			add(new H2(getTranslation("dashboard.changes")),
					this.recentChanges.list(profile.get().slug(), 5, locale, this::getTranslation),
					new RouterLink(getTranslation("dashboard.all-changes"), ChangesView.class));
		}
		catch (RuntimeException ex) {
			add(WorkspaceMessages.error(ApiError.of(ex, locale)));
		}
	}

	private void showIdentity(TenantProfile profile) {
		H1 heading = new H1(profile.name());
		heading.setId("commune-name");
		Paragraph identity = new Paragraph(
				getTranslation("dashboard.identity", getTranslation("kind." + profile.kind().name()),
						profile.officialCode(), (profile.population() != null) ? profile.population() : "—"));
		identity.setId("identity");
		Anchor site = new Anchor(profile.siteUrl(), profile.siteUrl(), AnchorTarget.BLANK);
		site.setId("site-link");
		add(heading, identity, new Paragraph(new Span(getTranslation("dashboard.site") + " "), site));
		if (!profile.active()) {
			add(WorkspaceMessages.warning(getTranslation("dashboard.suspended")));
		}
	}

	private void showModules(Locale locale) {
		add(new H2(getTranslation("dashboard.modules")));
		List<ModuleStatus> on = this.workspace.modules().stream().filter(ModuleStatus::enabled).toList();
		Div list = new Div();
		list.setId("modules-on");
		list.addClassName("clocher-badges");
		on.forEach((status) -> {
			Span badge = new Span(status.module().name().in(locale));
			badge.getElement().getThemeList().add("badge success");
			list.add(badge);
		});
		if (on.isEmpty()) {
			list.add(new Span(getTranslation("dashboard.no-module")));
		}
		add(list, new RouterLink(getTranslation("dashboard.catalog"), ModuleCatalogView.class));
	}

	private void showAttention(Locale locale) {
		WorkspaceCommune commune = this.workspace.selected().orElseThrow();
		Div cards = new Div();
		cards.setId("attention");
		cards.addClassName("clocher-cards");
		for (ModuleUi module : this.modules) {
			if (this.workspace.isEnabled(module.moduleKey())) {
				module.dashboardCards().forEach((card) -> cards.add(render(card, commune, locale)));
			}
		}
		if (cards.getChildren().findAny().isPresent()) {
			add(new H2(getTranslation("dashboard.attention")), cards);
		}
	}

	private static Component render(DashboardCard card, WorkspaceCommune commune, Locale locale) {
		try {
			return card.render(commune).map(WorkspaceMessages::card).orElseGet(Div::new);
		}
		catch (RuntimeException ex) {
			return WorkspaceMessages.error(ApiError.of(ex, locale));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title");
	}

}
