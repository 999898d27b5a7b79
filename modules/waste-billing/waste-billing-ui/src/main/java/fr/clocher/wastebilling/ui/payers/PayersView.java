package fr.clocher.wastebilling.ui.payers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.wastebilling.api.PayerSummary;
import fr.clocher.wastebilling.api.PayersApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.ui.support.Labels;
import fr.clocher.wastebilling.ui.support.Paged;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The payers, searched by reference, name or address and read page by page: tens of
 * thousands of them are never loaded at once.
 */
@Route("waste-billing/payers")
@PageTitle("Redevables")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class PayersView extends ModuleScreen {

	static final int PAGE = 50;

	final TextField search = new TextField(translate("waste-billing.payers.search"));

	final Grid<PayerSummary> grid = new Grid<>();

	private final PayersApi payersApi;

	public PayersView(PayersApi payersApi) {
		super(translate("waste-billing.payers.title"), translate("waste-billing.payers.intro"));
		this.payersApi = payersApi;
		this.search.setId("payer-search");
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setWidthFull();
		this.search.addValueChangeListener((event) -> show());
		Button create = new Button(translate("waste-billing.payers.new"), VaadinIcon.PLUS.create(),
				(event) -> open("new"));
		create.setId("new-payer");
		this.grid.addColumn(PayerSummary::reference).setHeader(translate("waste-billing.payers.reference"));
		this.grid.addColumn(PayerSummary::name).setHeader(translate("waste-billing.payers.name")).setFlexGrow(2);
		this.grid.addColumn((payer) -> Labels.of(payer.kind())).setHeader(translate("waste-billing.payers.kind"));
		this.grid.addColumn(PayerSummary::address).setHeader(translate("waste-billing.payers.address")).setFlexGrow(2);
		this.grid.addColumn(PayerSummary::communeName).setHeader(translate("waste-billing.payers.commune"));
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setPageSize(PAGE);
		this.grid.setEmptyStateText(translate("waste-billing.payers.empty"));
		this.grid.addItemClickListener((event) -> open(event.getItem().id().toString()));
		add(this.search, create, this.grid);
		show();
	}

	private void show() {
		String q = this.search.getValue().strip();
		String tenant = tenant();
		this.grid.setItems(
				Paged.of((page, size) -> this.payersApi.payers(tenant, q.isEmpty() ? null : q, page, size), PAGE));
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(PayerEditorView.class, new RouteParameters("id", id)));
	}

}
