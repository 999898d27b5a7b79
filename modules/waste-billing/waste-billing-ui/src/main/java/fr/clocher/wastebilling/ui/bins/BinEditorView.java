package fr.clocher.wastebilling.ui.bins;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
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
import fr.clocher.wastebilling.api.Bin;
import fr.clocher.wastebilling.api.BinAssignment;
import fr.clocher.wastebilling.api.BinDraft;
import fr.clocher.wastebilling.api.BinsApi;
import fr.clocher.wastebilling.api.PayersApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.ui.support.Dates;
import fr.clocher.wastebilling.ui.support.Ids;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One bin: its tag and volume, who held it when, given to a payer, blacklisted when lost
 * or stolen. {@code new} as the id starts a bin.
 */
@Route("waste-billing/bins/:id")
@PageTitle("Bac")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class BinEditorView extends ModuleScreen implements BeforeEnterObserver {

	final TextField tag = new TextField(translate("waste-billing.bins.tag"));

	final IntegerField volume = new IntegerField(translate("waste-billing.bins.volume"));

	final Span state = new Span();

	final Button save = new Button(translate("waste-billing.bins.save"), VaadinIcon.CHECK.create(), (event) -> save());

	final Grid<BinAssignment> assignments = new Grid<>();

	final AssignmentForm assign;

	final BlacklistForm blacklist;

	private final BinsApi binsApi;

	private Bin bin;

	public BinEditorView(BinsApi binsApi, PayersApi payersApi) {
		super(translate("waste-billing.bins.edit"), null);
		this.binsApi = binsApi;
		this.assign = new AssignmentForm(payersApi, tenant(), (draft) -> binsApi.assign(tenant(), this.bin.id(), draft),
				this::show);
		this.blacklist = new BlacklistForm((blacklisting) -> binsApi.blacklist(tenant(), this.bin.id(), blacklisting),
				this::show);
		this.tag.setId("bin-tag");
		this.volume.setId("bin-volume");
		this.volume.setSuffixComponent(new Span("L"));
		this.volume.setHelperText(translate("waste-billing.bins.volume-helper"));
		this.save.setId("save-bin");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.api.field("tag", this.tag).field("volumeLitres", this.volume);
		this.assignments.addColumn(BinAssignment::payerReference).setHeader(translate("waste-billing.bins.holder"));
		this.assignments.addColumn((assignment) -> Dates.date(assignment.startDate()))
			.setHeader(translate("waste-billing.payers.bin-from"));
		this.assignments.addColumn((assignment) -> Dates.date(assignment.endDate()))
			.setHeader(translate("waste-billing.payers.bin-to"));
		this.assignments.setAllRowsVisible(true);
		this.assignments.setEmptyStateText(translate("waste-billing.payers.no-bin"));
		add(new RouterLink(translate("waste-billing.bins.all"), BinsView.class), this.state,
				new FormLayout(this.tag, this.volume), this.save, new H3(translate("waste-billing.bins.assignments")),
				this.assignments, this.assign, this.blacklist);
		showState();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse("new");
		if ("new".equals(id)) {
			this.bin = null;
			showState();
			return;
		}
		Ids.parse(id, () -> this.state.setText(translate("waste-billing.bins.not-found")))
			.flatMap((uuid) -> this.api.run(() -> this.binsApi.bin(tenant(), uuid)))
			.ifPresent(this::show);
	}

	private void save() {
		BinDraft draft = new BinDraft(this.tag.getValue().strip(), this.volume.getValue());
		Optional<Bin> saved = (this.bin == null) ? this.api.run(() -> this.binsApi.createBin(tenant(), draft))
				: this.api.run(() -> this.binsApi.updateBin(tenant(), this.bin.id(), draft));
		saved.ifPresent((bin) -> {
			boolean created = this.bin == null;
			show(bin);
			ApiCall.success(translate("waste-billing.bins.saved"));
			if (created) {
				getUI().ifPresent(
						(ui) -> ui.navigate(BinEditorView.class, new RouteParameters("id", bin.id().toString())));
			}
		});
	}

	private void show(Bin bin) {
		this.bin = bin;
		this.tag.setValue(bin.tag());
		this.volume.setValue(bin.volumeLitres());
		this.assignments.setItems(bin.assignments());
		showState();
	}

	private void showState() {
		boolean saved = this.bin != null;
		this.state.setText(!saved ? translate("waste-billing.bins.new-unsaved")
				: (this.bin.blacklistedFrom() != null) ? translate("waste-billing.bins.refused-since",
						Dates.date(this.bin.blacklistedFrom()), this.bin.blacklistReason())
						: translate("waste-billing.bins.in-service"));
		this.assignments.setVisible(saved);
		this.assign.setVisible(saved);
		this.blacklist.setVisible(saved && this.bin.blacklistedFrom() == null);
	}

}
