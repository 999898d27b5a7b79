package fr.clocher.wastebilling.ui.payers;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.Exemption;
import fr.clocher.wastebilling.api.ExemptionDraft;
import fr.clocher.wastebilling.api.PayersApi;
import fr.clocher.wastebilling.ui.support.Dates;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A payer's exemptions: listed, added with their reason and proof, removed.
 */
class ExemptionsPanel extends VerticalLayout {

	final Grid<Exemption> grid = new Grid<>();

	final TextField reason = new TextField(translate("waste-billing.exemptions.reason"));

	final TextField proof = new TextField(translate("waste-billing.exemptions.proof"));

	final DatePicker from = new DatePicker(translate("waste-billing.exemptions.from"));

	final DatePicker to = new DatePicker(translate("waste-billing.exemptions.to"));

	final Button add = new Button(translate("waste-billing.exemptions.add"), VaadinIcon.PLUS.create(),
			(event) -> add());

	private final ApiCall api = new ApiCall();

	private final PayersApi payersApi;

	private final String tenant;

	private UUID payerId;

	ExemptionsPanel(PayersApi payersApi, String tenant) {
		this.payersApi = payersApi;
		this.tenant = tenant;
		setPadding(false);
		this.add.setId("add-exemption");
		this.grid.addColumn(Exemption::reason).setHeader(translate("waste-billing.exemptions.reason"));
		this.grid.addColumn(Exemption::proofReference).setHeader(translate("waste-billing.exemptions.proof"));
		this.grid.addColumn((exemption) -> Dates.date(exemption.validFrom()))
			.setHeader(translate("waste-billing.exemptions.from"));
		this.grid.addColumn((exemption) -> Dates.date(exemption.validTo()))
			.setHeader(translate("waste-billing.exemptions.to"));
		this.grid.addComponentColumn((exemption) -> {
			Button remove = new Button(VaadinIcon.TRASH.create(), (event) -> remove(exemption));
			remove.getElement()
				.setAttribute("aria-label", translate("waste-billing.exemptions.remove", exemption.reason()));
			return remove;
		});
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(translate("waste-billing.exemptions.empty"));
		this.api.field("reason", this.reason)
			.field("proofReference", this.proof)
			.field("validFrom", this.from)
			.field("validTo", this.to);
		HorizontalLayout form = new HorizontalLayout(this.reason, this.proof, this.from, this.to, this.add);
		form.setWrap(true);
		form.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new H3(translate("waste-billing.exemptions.title")), this.grid, form);
	}

	void show(UUID payerId) {
		this.payerId = payerId;
		this.api.run(() -> this.payersApi.exemptions(this.tenant, payerId)).ifPresent(this.grid::setItems);
	}

	private void add() {
		ExemptionDraft draft = new ExemptionDraft(this.reason.getValue().strip(), this.proof.getValue().strip(),
				this.from.getValue(), this.to.getValue());
		this.api.run(() -> this.payersApi.addExemption(this.tenant, this.payerId, draft)).ifPresent((added) -> {
			this.reason.clear();
			this.proof.clear();
			this.from.clear();
			this.to.clear();
			ApiCall.success(translate("waste-billing.exemptions.added"));
			show(this.payerId);
		});
	}

	private void remove(Exemption exemption) {
		if (this.api.run(() -> this.payersApi.removeExemption(this.tenant, this.payerId, exemption.id()))) {
			show(this.payerId);
		}
	}

}
