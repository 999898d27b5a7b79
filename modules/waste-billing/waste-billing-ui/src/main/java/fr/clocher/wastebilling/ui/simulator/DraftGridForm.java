package fr.clocher.wastebilling.ui.simulator;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.ui.support.MoneyField;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The draft's amounts, one field per amount of the grid it starts from: the volumes and
 * the professionals' categories stay those of the grid (the period's bins and payers have
 * them), their prices change.
 */
class DraftGridForm extends VerticalLayout {

	final List<VolumeFields> volumes = new ArrayList<>();

	final List<RateField> rates = new ArrayList<>();

	final MoneyField perPerson = new MoneyField(translate("waste-billing.tariffs.per-person"));

	final MoneyField perKg = new MoneyField(translate("waste-billing.tariffs.per-kg"));

	final MoneyField minimum = new MoneyField(translate("waste-billing.tariffs.minimum"));

	private TariffGrid base;

	DraftGridForm() {
		setPadding(false);
		this.perKg.setHelperText(translate("waste-billing.tariffs.per-kg-helper"));
	}

	/** Starts the draft from a grid. */
	void startFrom(TariffGrid grid) {
		this.base = grid;
		this.volumes.clear();
		this.rates.clear();
		removeAll();
		add(new H3(translate("waste-billing.tariffs.volumes")));
		grid.volumes().forEach((tariff) -> {
			VolumeFields row = new VolumeFields(tariff);
			this.volumes.add(row);
			add(row);
		});
		this.perPerson.setCents(grid.perPersonCents());
		this.perKg.setCents(grid.pricePerKgCents());
		this.minimum.setCents(grid.minimumChargeCents());
		add(new FormLayout(this.perPerson, this.perKg, this.minimum));
		if (!grid.professionalRates().isEmpty()) {
			add(new H3(translate("waste-billing.tariffs.rates")));
			FormLayout rates = new FormLayout();
			grid.professionalRates().forEach((rate) -> {
				RateField field = new RateField(rate);
				this.rates.add(field);
				rates.add(field);
			});
			add(rates);
		}
	}

	/** Names the fields as the API names the draft's. */
	void name(ApiCall api) {
		api.clearFields();
		for (int i = 0; i < this.volumes.size(); i++) {
			String prefix = "volumes[" + i + "].";
			api.field(prefix + "fixedCents", this.volumes.get(i).fixed)
				.field(prefix + "includedLifts", this.volumes.get(i).included)
				.field(prefix + "extraLiftCents", this.volumes.get(i).extra);
		}
		for (int i = 0; i < this.rates.size(); i++) {
			api.field("professionalRates[" + i + "].annualCents", this.rates.get(i));
		}
		api.field("perPersonCents", this.perPerson)
			.field("pricePerKgCents", this.perKg)
			.field("minimumChargeCents", this.minimum);
	}

	/** Whether every amount typed is one (each field says so when not). */
	boolean valid() {
		boolean valid = true;
		for (VolumeFields row : this.volumes) {
			valid &= ok(row.fixed) & ok(row.extra);
		}
		for (RateField rate : this.rates) {
			valid &= ok(rate);
		}
		return valid & ok(this.perPerson) & ok(this.perKg) & ok(this.minimum);
	}

	/** The draft for a year. */
	TariffGrid draft(int year) {
		return new TariffGrid(year, this.volumes.stream().map(VolumeFields::tariff).toList(), this.perPerson.cents(),
				this.perKg.cents(), this.rates.stream().map(RateField::rate).toList(), this.minimum.cents());
	}

	boolean started() {
		return this.base != null;
	}

	private static boolean ok(MoneyField field) {
		field.cents();
		return !field.isInvalid();
	}

	/** One volume's prices. */
	static final class VolumeFields extends HorizontalLayout {

		final int volumeLitres;

		final MoneyField fixed = new MoneyField(translate("waste-billing.tariffs.fixed"));

		final IntegerField included = new IntegerField(translate("waste-billing.tariffs.included-lifts"));

		final MoneyField extra = new MoneyField(translate("waste-billing.tariffs.extra-lift"));

		VolumeFields(VolumeTariff tariff) {
			this.volumeLitres = tariff.volumeLitres();
			Span volume = new Span(translate("waste-billing.simulator.volume", tariff.volumeLitres()));
			volume.getStyle().set("min-width", "6rem").set("font-weight", "600");
			this.fixed.setCents(tariff.fixedCents());
			this.included.setValue(tariff.includedLifts());
			this.extra.setCents(tariff.extraLiftCents());
			// each field names the volume for a screen reader, which reads no row header
			this.fixed.setAriaLabel(translate("waste-billing.simulator.field-of-volume",
					translate("waste-billing.tariffs.fixed"), tariff.volumeLitres()));
			this.included.setAriaLabel(translate("waste-billing.simulator.field-of-volume",
					translate("waste-billing.tariffs.included-lifts"), tariff.volumeLitres()));
			this.extra.setAriaLabel(translate("waste-billing.simulator.field-of-volume",
					translate("waste-billing.tariffs.extra-lift"), tariff.volumeLitres()));
			setAlignItems(FlexComponent.Alignment.BASELINE);
			setWrap(true);
			add(volume, this.fixed, this.included, this.extra);
		}

		VolumeTariff tariff() {
			return new VolumeTariff(this.volumeLitres, this.fixed.cents(), this.included.getValue(),
					this.extra.cents());
		}

	}

	/** One category's flat rate. */
	static final class RateField extends MoneyField {

		private final FlatRate rate;

		RateField(FlatRate rate) {
			super(rate.label());
			this.rate = rate;
			setCents(rate.annualCents());
		}

		FlatRate rate() {
			return new FlatRate(this.rate.code(), this.rate.label(), cents());
		}

	}

}
