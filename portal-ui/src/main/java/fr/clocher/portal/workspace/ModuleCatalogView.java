package fr.clocher.portal.workspace;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.client.RestClientException;

import fr.clocher.kernel.api.workspace.ModuleStatus;
import fr.clocher.kernel.api.workspace.ModuleSwitch;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.portal.signin.PortalRole;

/**
 * Every module offered to the commune, in plain words: switch it on or off (a
 * confirmation says what happens to its data) and change its settings in a form generated
 * from the module's own description.
 */
@Route("modules")
@Menu(title = "menu.modules", order = 10)
@RolesAllowed({ PortalRole.SECRETARY_NAME, PortalRole.PLATFORM_OPERATOR_NAME })
public class ModuleCatalogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, CommuneScreen {

	private final WorkspaceSession workspace;

	public ModuleCatalogView(WorkspaceSession workspace) {
		this.workspace = workspace;
		setId("catalog");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		show();
	}

	private void show() {
		removeAll();
		Locale locale = WorkspaceCommune.locale();
		add(new H1(getTranslation("catalog.heading")), new Paragraph(getTranslation("catalog.intro")));
		try {
			this.workspace.modules().forEach((status) -> add(card(status, locale)));
		}
		catch (RestClientException ex) {
			add(WorkspaceMessages.error(ApiError.of(ex, locale)));
		}
	}

	private Div card(ModuleStatus status, Locale locale) {
		String key = status.module().key();
		Div card = new Div();
		card.setId("module-" + key);
		card.addClassName("clocher-card");
		Span state = new Span(getTranslation(status.enabled() ? "catalog.on" : "catalog.off"));
		state.setId("state-" + key);
		state.getElement().getThemeList().add(status.enabled() ? "badge success" : "badge contrast");
		H2 name = new H2(status.module().name().in(locale));
		card.add(new HorizontalLayout(name, state), new Paragraph(status.module().description().in(locale)));
		SettingsForm settings = new SettingsForm(status.module(), status.settings(), locale);
		if (!settings.isEmpty()) {
			card.add(settings);
		}
		Button toggle = new Button(getTranslation(status.enabled() ? "catalog.switch-off" : "catalog.switch-on"));
		toggle.setId("toggle-" + key);
		toggle.addThemeVariants(status.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
		toggle.addClickListener((click) -> confirm(status, settings, locale));
		HorizontalLayout actions = new HorizontalLayout(toggle);
		if (status.enabled() && !settings.isEmpty()) {
			Button save = new Button(getTranslation("catalog.save"));
			save.setId("save-" + key);
			save.setDisableOnClick(true);
			save.addClickListener((click) -> {
				apply(status, settings, true, locale);
				save.setEnabled(true);
			});
			actions.add(save);
		}
		card.add(actions);
		return card;
	}

	private void confirm(ModuleStatus status, SettingsForm settings, Locale locale) {
		boolean on = !status.enabled();
		String name = status.module().name().in(locale);
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("confirm-" + status.module().key());
		dialog.setHeader(getTranslation(on ? "catalog.confirm-on.title" : "catalog.confirm-off.title", name));
		dialog.setText(getTranslation(on ? "catalog.confirm-on.text" : "catalog.confirm-off.text", name));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("catalog.cancel"));
		dialog.setConfirmText(getTranslation(on ? "catalog.switch-on" : "catalog.switch-off"));
		if (!on) {
			dialog.setConfirmButtonTheme("error primary");
		}
		dialog.addConfirmListener((confirmed) -> apply(status, settings, on, locale));
		dialog.open();
	}

	private void apply(ModuleStatus status, SettingsForm settings, boolean on, Locale locale) {
		Map<String, Object> values = null;
		if (on) {
			values = settings.validValues();
			if (values == null) {
				ApiCall.failure(new ApiError(400, getTranslation("catalog.invalid"), Map.of()));
				return;
			}
		}
		try {
			this.workspace.switchModule(status.module().key(), on ? ModuleSwitch.on(values) : ModuleSwitch.off());
			ApiCall.success(
					getTranslation(on ? "catalog.done-on" : "catalog.done-off", status.module().name().in(locale)));
			show();
		}
		catch (RestClientException ex) {
			ApiError error = ApiError.of(ex, locale);
			settings.showErrors(error.fields());
			ApiCall.failure(error);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalog.title");
	}

}
