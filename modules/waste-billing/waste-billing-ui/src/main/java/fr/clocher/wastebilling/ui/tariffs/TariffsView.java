package fr.clocher.wastebilling.ui.tariffs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TariffsApi;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.ui.support.MoneyField;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The tariff grid the council voted for a year, every amount for a whole year, typed in
 * euros and saved in cents.
 */
@Route("waste-billing/tariffs")
@PageTitle("Grille tarifaire")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class TariffsView extends ModuleScreen {

	final ComboBox<Integer> year = new ComboBox<>(translate("waste-billing.tariffs.year"));

	final Paragraph state = new Paragraph();

	final VerticalLayout volumes = new VerticalLayout();

	final VerticalLayout rates = new VerticalLayout();

	final MoneyField perPerson = new MoneyField(translate("waste-billing.tariffs.per-person"));

	final MoneyField perKg = new MoneyField(translate("waste-billing.tariffs.per-kg"));

	final MoneyField minimum = new MoneyField(translate("waste-billing.tariffs.minimum"));

	final Button save = new Button(translate("waste-billing.tariffs.save"), VaadinIcon.CHECK.create(),
			(event) -> save());

	/** Fills a year without a grid with the previous year's, to be changed then saved. */
	final Button copyPrevious = new Button(VaadinIcon.COPY.create(), (event) -> copyPrevious());

	private final TariffsApi tariffsApi;

	private final List<VolumeRow> volumeRows = new ArrayList<>();

	private final List<FlatRateRow> rateRows = new ArrayList<>();

	private final TreeSet<Integer> years = new TreeSet<>();

	public TariffsView(TariffsApi tariffsApi) {
		super(translate("waste-billing.tariffs.title"), translate("waste-billing.tariffs.intro"));
		this.tariffsApi = tariffsApi;
		this.year.setId("tariff-year");
		this.year.setAllowCustomValue(true);
		this.year.addCustomValueSetListener((event) -> {
			try {
				Integer typed = Integer.valueOf(event.getDetail().strip());
				this.years.add(typed);
				this.year.setItems(this.years.descendingSet());
				this.year.setValue(typed);
			}
			catch (NumberFormatException ex) {
				this.year.setInvalid(true);
			}
		});
		this.year.addValueChangeListener((event) -> {
			if (event.getValue() != null) {
				load(event.getValue());
			}
		});
		this.state.setId("tariff-state");
		this.perKg.setHelperText(translate("waste-billing.tariffs.per-kg-helper"));
		this.save.setId("save-tariff");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.volumes.setPadding(false);
		this.rates.setPadding(false);
		Button addVolume = new Button(translate("waste-billing.tariffs.add-volume"), VaadinIcon.PLUS.create(),
				(event) -> addVolume(new VolumeTariff(null, null, null, null)));
		addVolume.setId("add-volume");
		Button addRate = new Button(translate("waste-billing.tariffs.add-rate"), VaadinIcon.PLUS.create(),
				(event) -> addRate(new FlatRate(null, null, null)));
		addRate.setId("add-rate");
		this.copyPrevious.setId("copy-previous");
		add(this.year, this.state, this.copyPrevious, new H3(translate("waste-billing.tariffs.volumes")), this.volumes,
				addVolume, new FormLayout(this.perPerson, this.perKg, this.minimum),
				new H3(translate("waste-billing.tariffs.rates")), this.rates, addRate, this.save);
		int current = LocalDate.now(Paris.ZONE).getYear();
		this.years.addAll(List.of(current, current + 1));
		this.api.run(() -> tariffsApi.tariffYears(tenant())).ifPresent(this.years::addAll);
		this.year.setItems(this.years.descendingSet());
		this.year.setValue(current);
	}

	private void load(int year) {
		List<Integer> saved = this.api.run(() -> this.tariffsApi.tariffYears(tenant())).orElse(List.of());
		boolean exists = saved.contains(year);
		this.copyPrevious.setVisible(!exists && saved.contains(year - 1));
		this.copyPrevious.setText(translate("waste-billing.tariffs.copy-previous", year - 1));
		TariffGrid grid = exists ? this.api.run(() -> this.tariffsApi.tariff(tenant(), year)).orElse(null) : null;
		this.state.setText((grid != null) ? translate("waste-billing.tariffs.saved-grid", year)
				: translate("waste-billing.tariffs.no-grid", year));
		show((grid != null) ? grid : new TariffGrid(year, List.of(), 0L, null, List.of(), 0L));
	}

	private void copyPrevious() {
		int year = this.year.getValue();
		this.api.run(() -> this.tariffsApi.tariff(tenant(), year - 1)).ifPresent((previous) -> {
			show(previous);
			this.state.setText(translate("waste-billing.tariffs.copied", year - 1, year));
		});
	}

	private void show(TariffGrid grid) {
		this.volumeRows.clear();
		this.volumes.removeAll();
		this.rateRows.clear();
		this.rates.removeAll();
		grid.volumes().forEach(this::addVolume);
		grid.professionalRates().forEach(this::addRate);
		this.perPerson.setCents(grid.perPersonCents());
		this.perKg.setCents(grid.pricePerKgCents());
		this.minimum.setCents(grid.minimumChargeCents());
	}

	private void addVolume(VolumeTariff tariff) {
		addRow(this.volumeRows, this.volumes, (remove) -> new VolumeRow(tariff, remove));
	}

	private void addRate(FlatRate rate) {
		addRow(this.rateRows, this.rates, (remove) -> new FlatRateRow(rate, remove));
	}

	/** Adds a row made with the action that removes it again. */
	private <R extends Component> void addRow(List<R> rows, VerticalLayout layout, Function<Runnable, R> make) {
		List<R> self = new ArrayList<>(1);
		R row = make.apply(() -> {
			rows.remove(self.getFirst());
			layout.remove(self.getFirst());
			renumber();
		});
		self.add(row);
		rows.add(row);
		layout.add(row);
		renumber();
	}

	private void renumber() {
		this.api.clearFields();
		for (int i = 0; i < this.volumeRows.size(); i++) {
			this.volumeRows.get(i).setId("volume-" + i);
			this.volumeRows.get(i).name(this.api, i);
		}
		for (int i = 0; i < this.rateRows.size(); i++) {
			this.rateRows.get(i).setId("rate-" + i);
			this.rateRows.get(i).name(this.api, i);
		}
		this.api.field("year", this.year)
			.field("perPersonCents", this.perPerson)
			.field("pricePerKgCents", this.perKg)
			.field("minimumChargeCents", this.minimum);
	}

	private void save() {
		Integer chosen = this.year.getValue();
		boolean valid = chosen != null;
		for (VolumeRow row : this.volumeRows) {
			valid &= row.amountsValid();
		}
		for (FlatRateRow row : this.rateRows) {
			valid &= row.amountsValid();
		}
		valid &= VolumeRow.validAmount(this.perPerson) & VolumeRow.validAmount(this.perKg)
				& VolumeRow.validAmount(this.minimum);
		if (!valid) {
			ApiCall.failure(new ApiError(400, translate("waste-billing.tariffs.fix-amounts"), Map.of()));
			return;
		}
		TariffGrid grid = new TariffGrid(chosen, this.volumeRows.stream().map(VolumeRow::tariff).toList(),
				this.perPerson.cents(), this.perKg.cents(), this.rateRows.stream().map(FlatRateRow::rate).toList(),
				this.minimum.cents());
		this.api.run(() -> this.tariffsApi.saveTariff(tenant(), chosen, grid)).ifPresent((saved) -> {
			show(saved);
			this.state.setText(translate("waste-billing.tariffs.saved-grid", chosen));
			ApiCall.success(translate("waste-billing.tariffs.saved", chosen));
		});
	}

}
