package fr.clocher.wastebilling.ui.runs;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.BillingRunDraft;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.ui.support.Labels;
import fr.clocher.wastebilling.ui.support.Money;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The billing runs, latest first, and a new run for a half-year (or a whole year).
 */
@Route("waste-billing/runs")
@PageTitle("Facturation")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class RunsView extends ModuleScreen {

	/** The half chosen: 1, 2, or 0 for the whole year. */
	final Select<Integer> half = new Select<>();

	final IntegerField year = new IntegerField(translate("waste-billing.tariffs.year"));

	final Button create = new Button(translate("waste-billing.runs.create"), VaadinIcon.PLUS.create(),
			(event) -> create());

	final Grid<BillingRun> grid = new Grid<>();

	private final BillingRunsApi runsApi;

	public RunsView(BillingRunsApi runsApi) {
		super(translate("waste-billing.runs.title"), translate("waste-billing.runs.intro"));
		this.runsApi = runsApi;
		this.year.setId("run-year");
		this.year.setValue(LocalDate.now(Paris.ZONE).getYear());
		this.year.setStepButtonsVisible(true);
		this.half.setId("run-half");
		this.half.setLabel(translate("waste-billing.runs.period"));
		this.half.setItems(1, 2, 0);
		this.half.setItemLabelGenerator((half) -> switch (half) {
			case 1 -> translate("waste-billing.runs.first-half");
			case 2 -> translate("waste-billing.runs.second-half");
			default -> translate("waste-billing.runs.whole-year");
		});
		this.half.setValue((LocalDate.now(Paris.ZONE).getMonthValue() <= 6) ? 1 : 2);
		this.create.setId("create-run");
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.api.field("year", this.year).field("half", this.half);
		this.grid.addColumn(RunsView::period).setHeader(translate("waste-billing.runs.period")).setFlexGrow(2);
		this.grid.addColumn((run) -> Labels.of(run.status())).setHeader(translate("waste-billing.runs.status"));
		this.grid.addColumn(BillingRun::invoiceCount).setHeader(translate("waste-billing.runs.invoices"));
		this.grid.addColumn((run) -> Money.format(run.totalCents(), WorkspaceCommune.locale()))
			.setHeader(translate("waste-billing.runs.total"));
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(translate("waste-billing.runs.empty"));
		this.grid.addItemClickListener((event) -> open(event.getItem()));
		HorizontalLayout form = new HorizontalLayout(this.year, this.half, this.create);
		form.setAlignItems(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		add(form, this.grid);
		this.api.run(() -> runsApi.runs(tenant())).ifPresent(this.grid::setItems);
	}

	static String period(BillingRun run) {
		return translate("waste-billing.runs.period-dates", RunWizardView.date(run.periodStart()),
				RunWizardView.date(run.periodEnd()));
	}

	private void create() {
		Integer chosen = this.half.getValue();
		BillingRunDraft draft = new BillingRunDraft(this.year.getValue(),
				(chosen == null || chosen == 0) ? null : chosen);
		this.api.run(() -> this.runsApi.createRun(tenant(), draft)).ifPresent(this::open);
	}

	private void open(BillingRun run) {
		getUI().ifPresent((ui) -> ui.navigate(RunWizardView.class, new RouteParameters("id", run.id().toString())));
	}

}
