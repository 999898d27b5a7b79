package fr.clocher.wastebilling.ui.bins;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.Bin;
import fr.clocher.wastebilling.api.Blacklisting;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Refuses a lost or stolen bin's lifts from a date.
 */
class BlacklistForm extends VerticalLayout {

	final DatePicker from = new DatePicker(translate("waste-billing.bins.blacklist-from"));

	final TextField reason = new TextField(translate("waste-billing.bins.blacklist-reason"));

	final Button blacklist;

	private final ApiCall api = new ApiCall();

	BlacklistForm(Function<Blacklisting, Bin> call, Consumer<Bin> blacklisted) {
		setPadding(false);
		this.blacklist = new Button(translate("waste-billing.bins.blacklist"), VaadinIcon.BAN.create(),
				(event) -> this.api
					.run(() -> call.apply(new Blacklisting(this.from.getValue(), this.reason.getValue().strip())))
					.ifPresent((bin) -> {
						blacklisted.accept(bin);
						ApiCall.success(translate("waste-billing.bins.blacklisted"));
					}));
		this.blacklist.setId("blacklist-bin");
		this.blacklist.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.api.field("from", this.from).field("reason", this.reason);
		HorizontalLayout fields = new HorizontalLayout(this.from, this.reason, this.blacklist);
		fields.setWrap(true);
		fields.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new H3(translate("waste-billing.bins.blacklist-title")), fields);
	}

}
