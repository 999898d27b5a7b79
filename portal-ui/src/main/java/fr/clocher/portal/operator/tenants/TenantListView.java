package fr.clocher.portal.operator.tenants;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.api.platform.TenantSort;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.portal.operator.Formats;
import fr.clocher.portal.signin.PortalRole;

/**
 * Every tenant on the platform, 50 rows at a time from tenant-service, sorted and
 * filtered there. A group's member count opens its members in the same list.
 */
@Route("operator/tenants")
@Menu(title = "operator.menu.tenants", order = 100)
@RolesAllowed(PortalRole.PLATFORM_OPERATOR_NAME)
public class TenantListView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	private final PlatformApi api;

	private final Map<String, LocalizedText> modules;

	private final H1 heading = new H1();

	private final TenantFilters filters;

	private final HorizontalLayout groupBar = new HorizontalLayout();

	private final Span groupName = new Span();

	private final Button allTenants = new Button();

	private final Grid<TenantRow> grid = new Grid<>();

	private final TenantRows rows;

	public TenantListView(PlatformApi api) {
		this.api = api;
		this.modules = catalog();
		this.rows = new TenantRows(api, ApiCall::failure);
		this.filters = new TenantFilters(this.modules, this::filter);
		this.groupName.setId("group-name");
		this.allTenants.addClickListener((e) -> showAll());
		this.groupBar.add(this.groupName, this.allTenants);
		this.groupBar.setAlignItems(Alignment.BASELINE);
		this.groupBar.setVisible(false);
		columns();
		this.grid.setPageSize(50);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setItems(this.rows::fetch, this.rows::count);
		setSizeFull();
		add(this.heading, this.filters, this.groupBar, this.grid);
		setFlexGrow(1, this.grid);
	}

	/** Shows the members of a group in place of the whole list. */
	void openGroup(TenantRow group) {
		this.rows.setCriteria(TenantCriteria.none().inGroup(group.slug()));
		this.groupName.setText(getTranslation("operator.tenants.members-of", group.name()));
		this.groupBar.setVisible(true);
		this.filters.setVisible(false);
		this.grid.getDataProvider().refreshAll();
	}

	private void showAll() {
		this.groupBar.setVisible(false);
		this.filters.setVisible(true);
		filter(this.filters.criteria());
	}

	private void filter(TenantCriteria criteria) {
		this.rows.setCriteria(criteria);
		this.grid.getDataProvider().refreshAll();
	}

	private void columns() {
		this.grid.addColumn(TenantRow::name).setKey("name").setSortProperty(TenantSort.NAME.name()).setFlexGrow(3);
		this.grid.addColumn((t) -> getTranslation("operator.kind." + t.kind().name()))
			.setKey("kind")
			.setSortProperty(TenantSort.KIND.name());
		this.grid.addColumn(TenantRow::officialCode).setKey("code");
		this.grid.addColumn(TenantRow::department).setKey("department");
		this.grid.addColumn((t) -> (t.population() != null) ? Formats.number(t.population(), getLocale()) : "")
			.setKey("population")
			.setSortProperty(TenantSort.POPULATION.name())
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addColumn((t) -> getTranslation("operator.status." + t.status().name()))
			.setKey("status")
			.setSortProperty(TenantSort.STATUS.name());
		this.grid.addColumn(this::modulesOn).setKey("modules").setFlexGrow(2);
		this.grid.addColumn((t) -> Formats.dateTime(t.lastActivityAt(), getLocale()))
			.setKey("activity")
			.setSortProperty(TenantSort.LAST_ACTIVITY.name());
		this.grid.addComponentColumn(this::membersButton).setKey("members");
		this.grid.addComponentColumn(this::statusButton).setKey("actions");
		this.grid.getColumns().forEach((column) -> column.setResizable(true).setAutoWidth(true));
	}

	private String modulesOn(TenantRow tenant) {
		return tenant.modulesOn()
			.stream()
			.map((key) -> this.modules.containsKey(key) ? this.modules.get(key).in(getLocale()) : key)
			.collect(Collectors.joining(", "));
	}

	private Button membersButton(TenantRow tenant) {
		Button button = new Button(getTranslation("operator.tenants.members", tenant.memberCount()));
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		button.setVisible(tenant.isGroup());
		button.setAriaLabel(getTranslation("operator.tenants.members-of", tenant.name()));
		button.addClickListener((e) -> openGroup(tenant));
		return button;
	}

	private Button statusButton(TenantRow tenant) {
		boolean active = tenant.status() == TenantStatus.ACTIVE;
		Button button = new Button(getTranslation(active ? "operator.suspend.action" : "operator.resume.action"));
		button.addThemeVariants(ButtonVariant.LUMO_SMALL,
				active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
		button.setAriaLabel(button.getText() + " " + tenant.name());
		button.addClickListener((e) -> SuspendConfirmation.open(this, this.api, tenant,
				() -> this.grid.getDataProvider().refreshAll()));
		return button;
	}

	private Map<String, LocalizedText> catalog() {
		Map<String, LocalizedText> names = new LinkedHashMap<>();
		try {
			this.api.catalog().forEach((ModuleDescriptor module) -> names.put(module.key(), module.name()));
		}
		catch (RuntimeException ex) {
			ApiCall.failure(ex);
		}
		return names;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("operator.tenants.heading"));
		this.filters.translate();
		this.allTenants.setText(getTranslation("operator.tenants.all"));
		header("name", "operator.tenants.name");
		header("kind", "operator.tenants.kind");
		header("code", "operator.tenants.code");
		header("department", "operator.tenants.department");
		header("population", "operator.tenants.population");
		header("status", "operator.tenants.status");
		header("modules", "operator.tenants.modules");
		header("activity", "operator.tenants.activity");
		header("members", "operator.tenants.members-header");
		header("actions", "operator.tenants.actions");
		this.grid.getDataProvider().refreshAll();
	}

	private void header(String key, String translation) {
		this.grid.getColumnByKey(key).setHeader(getTranslation(translation));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("operator.tenants.title");
	}

}
