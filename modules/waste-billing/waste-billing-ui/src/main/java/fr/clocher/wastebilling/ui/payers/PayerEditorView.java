package fr.clocher.wastebilling.ui.payers;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.wastebilling.api.BinAssignment;
import fr.clocher.wastebilling.api.BinsApi;
import fr.clocher.wastebilling.api.Payer;
import fr.clocher.wastebilling.api.PayersApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.ui.support.Dates;
import fr.clocher.wastebilling.ui.support.Ids;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One payer: created or changed, with the bins it holds and its exemptions. {@code new}
 * as the id starts a payer.
 */
@Route("waste-billing/payers/:id")
@PageTitle("Redevable")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class PayerEditorView extends ModuleScreen implements BeforeEnterObserver {

	final PayerForm form = new PayerForm(this.api);

	final Span state = new Span();

	final Button save = new Button(translate("waste-billing.payers.save"), VaadinIcon.CHECK.create(),
			(event) -> save());

	final Grid<PayerBin> bins = new Grid<>();

	final ExemptionsPanel exemptions;

	private final PayersApi payersApi;

	private final BinsApi binsApi;

	private Payer payer;

	public PayerEditorView(PayersApi payersApi, BinsApi binsApi) {
		super(translate("waste-billing.payers.edit"), null);
		this.payersApi = payersApi;
		this.binsApi = binsApi;
		this.exemptions = new ExemptionsPanel(payersApi, tenant());
		this.save.setId("save-payer");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.state.setId("payer-state");
		this.bins.addColumn(PayerBin::tag).setHeader(translate("waste-billing.bins.tag"));
		this.bins.addColumn((bin) -> translate("waste-billing.bins.litres", bin.volumeLitres()))
			.setHeader(translate("waste-billing.bins.volume"));
		this.bins.addColumn((assignment) -> Dates.date(assignment.startDate()))
			.setHeader(translate("waste-billing.payers.bin-from"));
		this.bins.addColumn((assignment) -> Dates.date(assignment.endDate()))
			.setHeader(translate("waste-billing.payers.bin-to"));
		this.bins.setAllRowsVisible(true);
		this.bins.setEmptyStateText(translate("waste-billing.payers.no-bin"));
		add(new RouterLink(translate("waste-billing.payers.all"), PayersView.class), this.state, this.form, this.save,
				new H3(translate("waste-billing.payers.bins")), this.bins, this.exemptions);
		this.api.run(() -> payersApi.communes(tenant())).ifPresent(this.form::communes);
		showState();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		open(event.getRouteParameters().get("id").orElse("new"));
	}

	void open(String id) {
		if ("new".equals(id)) {
			this.payer = null;
			showState();
			return;
		}
		Ids.parse(id, () -> this.state.setText(translate("waste-billing.payers.not-found")))
			.flatMap((uuid) -> this.api.run(() -> this.payersApi.payer(tenant(), uuid)))
			.ifPresent(this::show);
	}

	private void save() {
		Optional<Payer> saved = (this.payer == null)
				? this.api.run(() -> this.payersApi.createPayer(tenant(), this.form.draft()))
				: this.api.run(() -> this.payersApi.updatePayer(tenant(), this.payer.id(), this.form.draft()));
		saved.ifPresent((payer) -> {
			boolean created = this.payer == null;
			show(payer);
			ApiCall.success(translate("waste-billing.payers.saved"));
			if (created) {
				getUI().ifPresent(
						(ui) -> ui.navigate(PayerEditorView.class, new RouteParameters("id", payer.id().toString())));
			}
		});
	}

	private void show(Payer payer) {
		this.payer = payer;
		this.form.show(payer);
		this.exemptions.show(payer.id());
		this.api.run(() -> this.binsApi.binsOfPayer(tenant(), payer.id()).stream().map(PayerEditorView::held).toList())
			.ifPresent(this.bins::setItems);
		showState();
	}

	private static PayerBin held(BinAssignment assignment) {
		return new PayerBin(assignment.binTag(), assignment.volumeLitres(), assignment.startDate(),
				assignment.endDate());
	}

	private void showState() {
		this.state.setText((this.payer == null) ? translate("waste-billing.payers.new-unsaved")
				: translate("waste-billing.payers.state", this.payer.reference(), this.payer.communeName()));
		this.exemptions.setVisible(this.payer != null);
		this.bins.setVisible(this.payer != null);
	}

}
