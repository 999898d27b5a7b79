package fr.clocher.portal.operator.activity;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.clocher.kernel.api.platform.PlatformActivity;
import fr.clocher.kernel.api.platform.PlatformActivity.Backlog;
import fr.clocher.kernel.api.platform.PlatformActivity.ModuleActivity;
import fr.clocher.kernel.api.platform.PlatformActivity.TenantActivity;
import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.portal.operator.Formats;
import fr.clocher.portal.signin.PortalRole;

/**
 * The platform's activity: per module the requests, the refusals and failures, the error
 * rate and the time to answer; the slowest tenants; the queues waiting. The figures are
 * tenant-service's own meters, those Prometheus scrapes. When tenant-service does not
 * answer, the page says so.
 */
@Route("operator/activity")
@Menu(title = "operator.menu.activity", order = 150)
@RolesAllowed(PortalRole.PLATFORM_OPERATOR_NAME)
public class PlatformActivityView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	private final PlatformApi api;

	private final H1 heading = new H1();

	final Paragraph since = new Paragraph();

	final Button refresh = new Button();

	private final H2 modulesHeading = new H2();

	final Grid<ModuleActivity> modules = new Grid<>();

	private final H2 tenantsHeading = new H2();

	final Grid<TenantActivity> tenants = new Grid<>();

	private final H2 backlogsHeading = new H2();

	final Grid<Backlog> backlogs = new Grid<>();

	private PlatformActivity activity;

	private ApiError failure;

	public PlatformActivityView(PlatformApi api) {
		this.api = api;
		this.since.setId("activity-since");
		this.refresh.setId("refresh-activity");
		this.refresh.setDisableOnClick(true);
		this.refresh.addClickListener((e) -> {
			load();
			render();
			this.refresh.setEnabled(true);
		});
		for (Grid<?> grid : List.of(this.modules, this.tenants, this.backlogs)) {
			grid.setAllRowsVisible(true);
			grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		}
		add(this.heading, this.since, this.refresh, this.modulesHeading, this.modules, this.tenantsHeading,
				this.tenants, this.backlogsHeading, this.backlogs);
		load();
	}

	private void load() {
		try {
			this.activity = this.api.activity();
			this.failure = null;
		}
		catch (RuntimeException ex) {
			this.activity = null;
			this.failure = ApiError.of(ex);
		}
	}

	private void columns() {
		Locale locale = getLocale();
		this.modules.removeAllColumns();
		this.modules.addColumn(ModuleActivity::module).setHeader(t("operator.activity.module"));
		this.modules.addColumn((m) -> Formats.number(m.requests(), locale)).setHeader(t("operator.activity.requests"));
		this.modules.addColumn((m) -> Formats.number(m.clientErrors(), locale))
			.setHeader(t("operator.activity.client-errors"));
		this.modules.addColumn((m) -> Formats.number(m.serverErrors(), locale))
			.setHeader(t("operator.activity.server-errors"));
		this.modules.addColumn((m) -> percent(m.serverErrorRate(), locale))
			.setHeader(t("operator.activity.error-rate"));
		this.modules.addColumn((m) -> millis(m.meanMillis(), locale)).setHeader(t("operator.activity.mean"));
		this.modules.addColumn((m) -> millis(m.recentMaxMillis(), locale)).setHeader(t("operator.activity.recent-max"));
		this.tenants.removeAllColumns();
		this.tenants
			.addColumn(
					(tenant) -> "other".equals(tenant.tenant()) ? t("operator.activity.tenant.other") : tenant.tenant())
			.setHeader(t("operator.activity.tenant"));
		this.tenants.addColumn((tenant) -> millis(tenant.meanMillis(), locale)).setHeader(t("operator.activity.mean"));
		this.tenants.addColumn((tenant) -> Formats.number(tenant.requests(), locale))
			.setHeader(t("operator.activity.requests"));
		this.tenants.addColumn((tenant) -> Formats.number(tenant.serverErrors(), locale))
			.setHeader(t("operator.activity.server-errors"));
		this.backlogs.removeAllColumns();
		this.backlogs.addColumn((b) -> getTranslation("operator.activity.queue." + b.queue()))
			.setHeader(t("operator.activity.queue"));
		this.backlogs
			.addColumn(
					(b) -> (b.pending() == null) ? t("operator.activity.unknown") : Formats.number(b.pending(), locale))
			.setHeader(t("operator.activity.pending"));
		this.backlogs.addColumn((b) -> (b.oldestSeconds() == null) ? t("operator.activity.unknown")
				: Formats.number(b.oldestSeconds(), locale) + " s")
			.setHeader(t("operator.activity.oldest"));
	}

	private void render() {
		boolean shown = this.activity != null;
		if (shown) {
			this.since.setText(t("operator.activity.since", Formats.dateTime(this.activity.since(), getLocale()),
					Formats.dateTime(this.activity.readAt(), getLocale())));
			this.modules.setItems(this.activity.modules());
			this.tenants.setItems(this.activity.slowestTenants());
			this.backlogs.setItems(this.activity.backlogs());
		}
		else {
			this.since.setText(t("operator.activity.failed", this.failure.message()));
		}
		for (var part : List.of(this.modulesHeading, this.modules, this.tenantsHeading, this.tenants,
				this.backlogsHeading, this.backlogs)) {
			part.setVisible(shown);
		}
	}

	private String t(String key, Object... parameters) {
		return getTranslation(key, parameters);
	}

	private static String percent(double rate, Locale locale) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(rate);
	}

	private static String millis(double millis, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(millis) + " ms";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(t("operator.activity.heading"));
		this.refresh.setText(t("operator.activity.refresh"));
		this.modulesHeading.setText(t("operator.activity.modules"));
		this.tenantsHeading.setText(t("operator.activity.tenants"));
		this.backlogsHeading.setText(t("operator.activity.backlogs"));
		columns();
		render();
	}

	@Override
	public String getPageTitle() {
		return t("operator.activity.title");
	}

}
