package fr.clocher.wastebilling.ui.payers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
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
import fr.clocher.wastebilling.ui.support.SearchableGrid;

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

	final TextField search;

	final Grid<PayerSummary> grid;

	public PayersView(PayersApi payersApi) {
		super(translate("waste-billing.payers.title"), translate("waste-billing.payers.intro"));
		String tenant = tenant();
		SearchableGrid<PayerSummary> list = new SearchableGrid<>(translate("waste-billing.payers.search"),
				translate("waste-billing.payers.empty"), PAGE,
				(q, page, size) -> payersApi.payers(tenant, q, page, size), (payer) -> open(payer.id().toString()));
		this.search = list.search;
		this.grid = list.grid;
		this.search.setId("payer-search");
		Button create = new Button(translate("waste-billing.payers.new"), VaadinIcon.PLUS.create(),
				(event) -> open("new"));
		create.setId("new-payer");
		this.grid.addColumn(PayerSummary::reference).setHeader(translate("waste-billing.payers.reference"));
		this.grid.addColumn(PayerSummary::name).setHeader(translate("waste-billing.payers.name")).setFlexGrow(2);
		this.grid.addColumn((payer) -> Labels.of(payer.kind())).setHeader(translate("waste-billing.payers.kind"));
		this.grid.addColumn(PayerSummary::address).setHeader(translate("waste-billing.payers.address")).setFlexGrow(2);
		this.grid.addColumn(PayerSummary::communeName).setHeader(translate("waste-billing.payers.commune"));
		add(create, list);
		list.show();
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(PayerEditorView.class, new RouteParameters("id", id)));
	}

}
