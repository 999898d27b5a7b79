package fr.clocher.portal.operator.matrix;

import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.ModuleCount;
import fr.clocher.kernel.api.platform.ModuleMatrix;
import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.portal.signin.PortalRole;

/**
 * Which tenants have which modules on. The counts cover every tenant matched; the grid
 * loads them a page at a time.
 */
@Route("operator/modules")
@Menu(title = "operator.menu.matrix", order = 130)
@RolesAllowed(PortalRole.PLATFORM_OPERATOR_NAME)
public class ModuleMatrixView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	private final PlatformApi api;

	private final H1 heading = new H1();

	final ComboBox<TenantRow> intercommunality = new ComboBox<>();

	final TextField department = new TextField();

	final ModuleCounts counts = new ModuleCounts();

	final Grid<TenantRow> grid = new Grid<>();

	private List<ModuleCount> modules = List.of();

	private long total;

	public ModuleMatrixView(PlatformApi api) {
		this.api = api;
		this.intercommunality.setId("matrix-intercommunality");
		this.intercommunality.setItems(this::groups);
		this.intercommunality.setItemLabelGenerator(TenantRow::name);
		this.intercommunality.setClearButtonVisible(true);
		this.intercommunality.setMinWidth("20em");
		this.intercommunality.addValueChangeListener((e) -> refresh());
		this.department.setId("matrix-department");
		this.department.setMaxLength(3);
		this.department.setValueChangeMode(ValueChangeMode.LAZY);
		this.department.addValueChangeListener((e) -> refresh());
		FlexLayout filters = new FlexLayout(this.intercommunality, this.department);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		filters.getStyle().set("gap", "var(--lumo-space-m)");
		this.grid.setPageSize(50);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
		setSizeFull();
		add(this.heading, filters, this.counts, this.grid);
		setFlexGrow(1, this.grid);
		refresh();
	}

	private void refresh() {
		ModuleMatrix first = matrix(0, 1);
		boolean changedModules = first != null && !keys(first.modules()).equals(keys(this.modules));
		this.modules = (first != null) ? first.modules() : List.of();
		this.total = (first != null) ? first.tenants().totalItems() : 0;
		this.counts.show(this.modules, this.total);
		if (changedModules || this.grid.getColumns().isEmpty()) {
			columns();
		}
		this.grid.setItems(this::fetch, (query) -> (int) this.total);
	}

	private Stream<TenantRow> fetch(Query<TenantRow, Void> query) {
		ModuleMatrix page = matrix(query.getPage(), query.getPageSize());
		return (page != null) ? page.tenants().items().stream() : Stream.empty();
	}

	private ModuleMatrix matrix(int page, int size) {
		TenantRow group = this.intercommunality.getValue();
		String dept = this.department.getValue().isBlank() ? null : this.department.getValue().trim();
		try {
			return this.api.matrix((group != null) ? group.slug() : null, dept, page, size);
		}
		catch (RuntimeException ex) {
			ApiCall.failure(ex);
			return null;
		}
	}

	private Stream<TenantRow> groups(Query<TenantRow, String> query) {
		int page = query.getPage();
		int size = query.getPageSize();
		try {
			return this.api
				.tenants(query.getFilter().orElse(null), TenantKind.INTERCOMMUNALITY, null, null, null, null, null,
						null, page, size)
				.items()
				.stream();
		}
		catch (RuntimeException ex) {
			ApiCall.failure(ex);
			return Stream.empty();
		}
	}

	private void columns() {
		this.grid.removeAllColumns();
		this.grid.addColumn(TenantRow::name)
			.setKey("name")
			.setHeader(getTranslation("operator.tenants.name"))
			.setFlexGrow(3)
			.setFrozen(true);
		this.grid.addColumn(TenantRow::department)
			.setKey("department")
			.setHeader(getTranslation("operator.tenants.department"));
		for (ModuleCount module : this.modules) {
			this.grid
				.addColumn((t) -> getTranslation(
						t.modulesOn().contains(module.key()) ? "operator.matrix.on" : "operator.matrix.off"))
				.setKey("module-" + module.key())
				.setHeader(module.name().in(getLocale()))
				.setTextAlign(ColumnTextAlign.CENTER);
		}
		this.grid.getColumns().forEach((column) -> column.setAutoWidth(true).setResizable(true));
	}

	private static List<String> keys(List<ModuleCount> modules) {
		return modules.stream().map(ModuleCount::key).toList();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("operator.matrix.heading"));
		this.intercommunality.setLabel(getTranslation("operator.matrix.intercommunality"));
		this.department.setLabel(getTranslation("operator.tenants.department"));
		this.counts.show(this.modules, this.total);
		columns();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("operator.matrix.title");
	}

}
