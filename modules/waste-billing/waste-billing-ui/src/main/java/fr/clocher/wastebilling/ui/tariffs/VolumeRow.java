package fr.clocher.wastebilling.ui.tariffs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.ui.support.MoneyField;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/** One line of the grid: what a bin of one volume costs for the year. */
class VolumeRow extends HorizontalLayout {

	final IntegerField volume = new IntegerField(translate("waste-billing.bins.volume"));

	final MoneyField fixed = new MoneyField(translate("waste-billing.tariffs.fixed"));

	final IntegerField included = new IntegerField(translate("waste-billing.tariffs.included-lifts"));

	final MoneyField extra = new MoneyField(translate("waste-billing.tariffs.extra-lift"));

	VolumeRow(VolumeTariff tariff, Runnable remove) {
		this.volume.setSuffixComponent(new Span("L"));
		this.volume.setValue(tariff.volumeLitres());
		this.fixed.setCents(tariff.fixedCents());
		this.included.setValue(tariff.includedLifts());
		this.extra.setCents(tariff.extraLiftCents());
		Button delete = new Button(VaadinIcon.TRASH.create(), (event) -> remove.run());
		delete.getElement().setAttribute("aria-label", translate("waste-billing.tariffs.remove-line"));
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		add(this.volume, this.fixed, this.included, this.extra, delete);
	}

	/** Names the fields as the API does for line {@code index}. */
	void name(ApiCall api, int index) {
		String prefix = "volumes[" + index + "].";
		api.field(prefix + "volumeLitres", this.volume)
			.field(prefix + "fixedCents", this.fixed)
			.field(prefix + "includedLifts", this.included)
			.field(prefix + "extraLiftCents", this.extra);
	}

	boolean amountsValid() {
		return validAmount(this.fixed) & validAmount(this.extra);
	}

	VolumeTariff tariff() {
		return new VolumeTariff(this.volume.getValue(), this.fixed.cents(), this.included.getValue(),
				this.extra.cents());
	}

	static boolean validAmount(MoneyField field) {
		field.cents();
		return !field.isInvalid();
	}

}
