package fr.clocher.portal.workspace;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.ModuleUi;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.portal.signin.PortalUser;
import fr.clocher.portal.signin.SignOutButton;

/**
 * The frame of every portal screen: the commune being worked on (always visible, with a
 * switcher for a secretary of several communes), the language, the way out, and the menu.
 * The menu lists the portal's own screens (views with {@code @Menu}) and, under each
 * module's name, the screens of the modules the commune has on — rebuilt the moment a
 * module is switched on or off.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver {

	private static final Logger LOGGER = LoggerFactory.getLogger(MainLayout.class);

	private final WorkspaceSession workspace;

	private final List<ModuleUi> modules;

	private final HorizontalLayout communeBox = new HorizontalLayout();

	private final Select<Locale> language = new Select<>();

	private final SideNav nav = new SideNav();

	private final Div moduleNavs = new Div();

	private final PortalUser user;

	private final Paragraph signedInAs = new Paragraph();

	private final Paragraph role = new Paragraph();

	private Registration workspaceChanges;

	public MainLayout(WorkspaceSession workspace, List<ModuleUi> modules, AuthenticationContext authentication) {
		this.workspace = workspace;
		this.modules = modules;
		Span brand = new Span("Clocher");
		brand.addClassName("clocher-brand");
		this.communeBox.setId("workspace-commune");
		this.communeBox.setAlignItems(FlexComponent.Alignment.CENTER);
		this.language.setId("language");
		this.language.setItems(Locale.FRENCH, Locale.ENGLISH);
		this.language.setItemLabelGenerator((locale) -> locale.getLanguage().equals("en") ? "English" : "Français");
		this.language.addValueChangeListener((change) -> {
			if (change.isFromClient() && change.getValue() != null) {
				getUI().ifPresent((ui) -> {
					ui.getSession().setLocale(change.getValue());
					ui.setLocale(change.getValue());
				});
			}
		});
		HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), brand, this.communeBox, this.language,
				new SignOutButton(authentication));
		bar.setWidthFull();
		bar.setAlignItems(FlexComponent.Alignment.CENTER);
		bar.expand(this.communeBox);
		bar.addClassName("clocher-bar");
		addToNavbar(bar);
		this.nav.setId("kernel-menu");
		this.moduleNavs.setId("module-menu");
		this.user = authentication.getAuthenticatedUser(PortalUser.class).orElse(null);
		this.signedInAs.setId("signed-in-as");
		this.role.setId("role");
		Div who = new Div(this.signedInAs, this.role);
		who.addClassName("clocher-who");
		addToDrawer(this.nav, this.moduleNavs, who);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		super.onAttach(event);
		this.workspaceChanges = this.workspace.onChange(this::refresh);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.workspaceChanges.remove();
		super.onDetach(event);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		// The page's language follows the session's, for screen readers and spelling.
		event.getUI().getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
		this.language.setValue(WorkspaceCommune.locale());
		this.language.setAriaLabel(getTranslation("layout.language"));
		if (this.user != null) {
			this.signedInAs.setText(getTranslation("layout.signed-in-as", this.user.displayName()));
			this.role.setText(this.user.roles()
				.stream()
				.map((portalRole) -> getTranslation(portalRole.labelKey()))
				.collect(Collectors.joining(", ")));
		}
		refresh();
	}

	private void refresh() {
		Locale locale = WorkspaceCommune.locale();
		this.communeBox.removeAll();
		this.moduleNavs.removeAll();
		try {
			showCommune();
			showModuleMenus(locale);
		}
		catch (RuntimeException ex) {
			LOGGER.warn("The workspace could not be read from tenant-service", ex);
			Span error = new Span(ApiError.of(ex, locale).message());
			error.setId("workspace-error");
			this.communeBox.add(error);
		}
		showKernelMenu();
	}

	private void showCommune() {
		List<WorkspaceCommune> communes = this.workspace.communes();
		WorkspaceCommune selected = this.workspace.selected().orElse(null);
		if (selected == null) {
			return;
		}
		if (communes.size() > 1) {
			Select<WorkspaceCommune> switcher = new Select<>();
			switcher.setId("commune-switcher");
			switcher.setAriaLabel(getTranslation("layout.switch-commune"));
			switcher.setItems(communes);
			switcher.setItemLabelGenerator(WorkspaceCommune::name);
			switcher.setValue(selected);
			switcher.addValueChangeListener((change) -> {
				if (change.isFromClient() && change.getValue() != null) {
					this.workspace.select(change.getValue());
					getUI().ifPresent((ui) -> ui.navigate(DashboardView.class));
				}
			});
			this.communeBox.add(switcher);
		}
		else {
			Span name = new Span(selected.name());
			name.setId("current-commune");
			name.addClassName("clocher-commune");
			this.communeBox.add(name);
		}
	}

	private void showModuleMenus(Locale locale) {
		for (ModuleUi module : this.modules) {
			if (!this.workspace.isEnabled(module.moduleKey())) {
				continue;
			}
			SideNav section = new SideNav(moduleName(module.moduleKey(), locale));
			section.setId("menu-" + module.moduleKey());
			module.menu().forEach((item) -> {
				SideNavItem entry = new SideNavItem(getTranslation(item.label()), item.view(), item.icon().create());
				section.addItem(entry);
			});
			this.moduleNavs.add(section);
		}
	}

	private String moduleName(String key, Locale locale) {
		return this.workspace.modules()
			.stream()
			.filter((status) -> status.module().key().equals(key))
			.findFirst()
			.map((status) -> status.module().name().in(locale))
			.orElse(key);
	}

	private void showKernelMenu() {
		this.nav.removeAll();
		boolean hasCommune = WorkspaceCommune.current().isPresent();
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			if (!hasCommune && CommuneScreen.class.isAssignableFrom(entry.menuClass())) {
				continue;
			}
			this.nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
		}
	}

}
