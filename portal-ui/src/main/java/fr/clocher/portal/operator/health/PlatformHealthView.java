package fr.clocher.portal.operator.health;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.api.platform.PlatformHealth;
import fr.clocher.kernel.api.platform.ServiceCheck;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.portal.operator.Formats;
import fr.clocher.portal.signin.PortalRole;

/**
 * The platform at a glance. When tenant-service does not answer, it says so in the
 * services list (with the reason) instead of failing.
 */
@Route("operator/health")
@Menu(title = "operator.menu.health", order = 140)
@RolesAllowed(PortalRole.PLATFORM_OPERATOR_NAME)
public class PlatformHealthView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	private final PlatformApi api;

	private final H1 heading = new H1();

	private final H2 servicesHeading = new H2();

	final Div services = new Div();

	private final H2 figuresHeading = new H2();

	final FlexLayout figures = new FlexLayout();

	final Button refresh = new Button();

	private PlatformHealth health;

	private ApiError failure;

	public PlatformHealthView(PlatformApi api) {
		this.api = api;
		this.services.setId("services");
		this.figures.setId("figures");
		this.figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		this.figures.getStyle().set("gap", "var(--lumo-space-l)");
		this.refresh.setId("refresh-health");
		this.refresh.setDisableOnClick(true);
		this.refresh.addClickListener((e) -> {
			load();
			render();
			this.refresh.setEnabled(true);
		});
		add(this.heading, this.refresh, this.servicesHeading, this.services, this.figuresHeading, this.figures);
		load();
	}

	private void load() {
		try {
			this.health = this.api.health();
			this.failure = null;
		}
		catch (RuntimeException ex) {
			this.health = null;
			this.failure = ApiError.of(ex);
		}
	}

	private void render() {
		this.services.removeAll();
		List<ServiceCheck> checks = new ArrayList<>();
		checks.add(new ServiceCheck("portal-ui", true, "UP", 0));
		if (this.health != null) {
			checks.addAll(this.health.services());
		}
		else {
			checks.add(new ServiceCheck("tenant-service", false, this.failure.message(), 0));
		}
		checks.forEach((check) -> this.services.add(service(check)));
		this.figures.removeAll();
		if (this.health != null) {
			this.figures.add(figure("database-size", Formats.size(this.health.databaseSizeBytes(), getLocale())),
					figure("tenants", Formats.number(this.health.tenants(), getLocale())),
					figure("suspended", Formats.number(this.health.suspendedTenants(), getLocale())),
					figure("provisioning-tenants",
							Formats.number(this.health.tenantsProvisioningPending(), getLocale())),
					figure("provisioning-tasks", Formats.number(this.health.provisioningPendingTasks(), getLocale())),
					figure("provisioning-failing",
							Formats.number(this.health.provisioningFailingTasks(), getLocale())));
		}
		this.figuresHeading.setVisible(this.health != null);
	}

	private Paragraph service(ServiceCheck check) {
		Span state = new Span(getTranslation(check.up() ? "operator.health.up" : "operator.health.down"));
		state.getElement().getThemeList().add(check.up() ? "badge success" : "badge error");
		String name = getTranslation("operator.health.service." + check.key());
		Paragraph line = new Paragraph(new Span(getTranslation("operator.health.service-label", name) + " "), state);
		if (!check.up()) {
			line.add(new Span(" — " + check.detail()));
		}
		line.setId("service-" + check.key());
		return line;
	}

	private Div figure(String key, String value) {
		Div card = new Div();
		card.setId("figure-" + key);
		card.getStyle()
			.set("border", "1px solid var(--lumo-contrast-20pct)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("padding", "var(--lumo-space-m)")
			.set("min-width", "12em");
		Span number = new Span(value);
		number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("display", "block");
		card.add(number, new Span(getTranslation("operator.health.figure." + key)));
		return card;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("operator.health.heading"));
		this.servicesHeading.setText(getTranslation("operator.health.services"));
		this.figuresHeading.setText(getTranslation("operator.health.figures"));
		this.refresh.setText(getTranslation("operator.health.refresh"));
		render();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("operator.health.title");
	}

}
