package fr.clocher.wastebilling.ui.tariffs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.ui.support.MoneyField;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/** A professional category's flat rate for the year. */
class FlatRateRow extends HorizontalLayout {

	final TextField code = new TextField(translate("waste-billing.tariffs.rate-code"));

	final TextField label = new TextField(translate("waste-billing.tariffs.rate-label"));

	final MoneyField annual = new MoneyField(translate("waste-billing.tariffs.rate-annual"));

	FlatRateRow(FlatRate rate, Runnable remove) {
		this.code.setValue((rate.code() != null) ? rate.code() : "");
		this.label.setValue((rate.label() != null) ? rate.label() : "");
		this.annual.setCents(rate.annualCents());
		Button delete = new Button(VaadinIcon.TRASH.create(), (event) -> remove.run());
		delete.getElement().setAttribute("aria-label", translate("waste-billing.tariffs.remove-line"));
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		add(this.code, this.label, this.annual, delete);
	}

	void name(ApiCall api, int index) {
		String prefix = "professionalRates[" + index + "].";
		api.field(prefix + "code", this.code)
			.field(prefix + "label", this.label)
			.field(prefix + "annualCents", this.annual);
	}

	boolean amountsValid() {
		return VolumeRow.validAmount(this.annual);
	}

	FlatRate rate() {
		return new FlatRate(this.code.getValue().strip(), this.label.getValue().strip(), this.annual.cents());
	}

}
