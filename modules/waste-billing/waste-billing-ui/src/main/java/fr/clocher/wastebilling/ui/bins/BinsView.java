package fr.clocher.wastebilling.ui.bins;

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
import fr.clocher.wastebilling.api.Bin;
import fr.clocher.wastebilling.api.BinAssignment;
import fr.clocher.wastebilling.api.BinsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.ui.support.Dates;
import fr.clocher.wastebilling.ui.support.SearchableGrid;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The bins, searched by the beginning of their tag and read page by page.
 */
@Route("waste-billing/bins")
@PageTitle("Bacs")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class BinsView extends ModuleScreen {

	static final int PAGE = 50;

	final TextField search;

	final Grid<Bin> grid;

	public BinsView(BinsApi binsApi) {
		super(translate("waste-billing.bins.title"), translate("waste-billing.bins.intro"));
		String tenant = tenant();
		SearchableGrid<Bin> list = new SearchableGrid<>(translate("waste-billing.bins.search"),
				translate("waste-billing.bins.empty"), PAGE, (q, page, size) -> binsApi.bins(tenant, q, page, size),
				(bin) -> open(bin.id().toString()));
		this.search = list.search;
		this.grid = list.grid;
		this.search.setId("bin-search");
		Button create = new Button(translate("waste-billing.bins.new"), VaadinIcon.PLUS.create(),
				(event) -> open("new"));
		create.setId("new-bin");
		this.grid.addColumn(Bin::tag).setHeader(translate("waste-billing.bins.tag")).setFlexGrow(2);
		this.grid.addColumn((bin) -> translate("waste-billing.bins.litres", bin.volumeLitres()))
			.setHeader(translate("waste-billing.bins.volume"));
		this.grid.addColumn(BinsView::holder).setHeader(translate("waste-billing.bins.holder")).setFlexGrow(2);
		this.grid.addColumn((bin) -> Dates.date(bin.blacklistedFrom()))
			.setHeader(translate("waste-billing.bins.blacklisted-from"));
		add(create, list);
		list.show();
	}

	/** The payer holding the bin now: its open assignment's. */
	static String holder(Bin bin) {
		return bin.assignments()
			.stream()
			.filter((assignment) -> assignment.endDate() == null)
			.map(BinAssignment::payerReference)
			.findFirst()
			.orElse("");
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(BinEditorView.class, new RouteParameters("id", id)));
	}

}
