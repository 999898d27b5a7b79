package fr.clocher.wastebilling.ui.bins;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.AssignmentDraft;
import fr.clocher.wastebilling.api.Bin;
import fr.clocher.wastebilling.api.PayerSummary;
import fr.clocher.wastebilling.api.PayersApi;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Gives the bin to a payer from a date; the payer is searched as typed, page by page.
 */
class AssignmentForm extends VerticalLayout {

	final ComboBox<PayerSummary> payer = new ComboBox<>(translate("waste-billing.bins.payer"));

	final DatePicker start = new DatePicker(translate("waste-billing.payers.bin-from"));

	final DatePicker end = new DatePicker(translate("waste-billing.payers.bin-to"));

	final Button assign;

	private final ApiCall api = new ApiCall();

	AssignmentForm(PayersApi payersApi, String tenant, Function<AssignmentDraft, Bin> call, Consumer<Bin> assigned) {
		setPadding(false);
		this.payer.setId("assign-payer");
		this.payer.setItemLabelGenerator((summary) -> summary.reference() + " – " + summary.name());
		this.payer.setItems((query) -> payersApi
			.payers(tenant, query.getFilter().orElse(null), query.getOffset() / query.getLimit(), query.getLimit())
			.items()
			.stream());
		this.assign = new Button(translate("waste-billing.bins.assign"), VaadinIcon.USER_CHECK.create(), (event) -> {
			AssignmentDraft draft = new AssignmentDraft(
					(this.payer.getValue() != null) ? this.payer.getValue().id() : null, this.start.getValue(),
					this.end.getValue());
			this.api.run(() -> call.apply(draft)).ifPresent((bin) -> {
				assigned.accept(bin);
				ApiCall.success(translate("waste-billing.bins.assigned"));
			});
		});
		this.assign.setId("assign-bin");
		this.api.field("payerId", this.payer).field("startDate", this.start).field("endDate", this.end);
		HorizontalLayout fields = new HorizontalLayout(this.payer, this.start, this.end, this.assign);
		fields.setWrap(true);
		fields.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new H3(translate("waste-billing.bins.assign-title")), fields);
	}

}
