package fr.clocher.wastebilling.ui.treasury;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.wastebilling.api.TreasuryApi;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.WasteBilling;
import jakarta.annotation.security.PermitAll;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The collectivity's identifiers at the public treasury, which every PES file carries;
 * the screen says that signing and sending the file stay with the collectivity.
 */
@Route("waste-billing/treasury")
@PageTitle("Trésor public")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class TreasurySettingsView extends ModuleScreen {

	final TreasuryForm form = new TreasuryForm(this.api);

	final Paragraph transmission = PesDownload.transmissionNote();

	final Button save = new Button(translate("waste-billing.treasury.save"), VaadinIcon.CHECK.create(),
			(event) -> save());

	private final TreasuryApi treasuryApi;

	public TreasurySettingsView(TreasuryApi treasuryApi) {
		super(translate("waste-billing.treasury.title"), translate("waste-billing.treasury.intro"));
		this.treasuryApi = treasuryApi;
		this.save.setId("save-treasury");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(this.transmission, this.form, this.save);
		this.api.run(() -> this.treasuryApi.treasurySettings(tenant())).ifPresent(this.form::show);
	}

	private void save() {
		TreasurySettings settings = this.form.settings();
		if (settings == null) {
			return;
		}
		this.api.run(() -> this.treasuryApi.saveTreasurySettings(tenant(), settings)).ifPresent((saved) -> {
			this.form.show(saved);
			ApiCall.success(translate("waste-billing.treasury.saved"));
		});
	}

}
