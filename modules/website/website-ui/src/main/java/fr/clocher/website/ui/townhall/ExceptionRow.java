package fr.clocher.website.ui.townhall;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.website.api.OpeningException;
import fr.clocher.website.api.TimeSlot;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Days the usual hours do not apply: closed, or open at other hours.
 */
class ExceptionRow extends HorizontalLayout {

	final DatePicker from = new DatePicker(translate("website.town-hall.from"));

	final DatePicker to = new DatePicker(translate("website.town-hall.to"));

	final TextField reason = new TextField(translate("website.town-hall.reason"));

	final TimePicker opens = new TimePicker(translate("website.town-hall.open-from-empty-closed"));

	final TimePicker closes = new TimePicker(translate("website.town-hall.open-to"));

	ExceptionRow(OpeningException exception, Runnable remove) {
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		this.reason.setMaxLength(120);
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setPlaceholder(translate("website.town-hall.summer-closing"));
		this.from.setRequiredIndicatorVisible(true);
		if (exception != null) {
			this.from.setValue(exception.from());
			this.to.setValue(exception.to());
			this.reason.setValue((exception.reason() != null) ? exception.reason() : "");
			if (!exception.slots().isEmpty()) {
				this.opens.setValue(exception.slots().get(0).opens());
				this.closes.setValue(exception.slots().get(0).closes());
			}
		}
		Button delete = new Button(VaadinIcon.TRASH.create(), (event) -> remove.run());
		delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		delete.getElement().setAttribute("aria-label", translate("website.town-hall.remove-exception"));
		add(this.from, this.to, this.reason, this.opens, this.closes, delete);
	}

	OpeningException exception(ApiCall api, int index) {
		String name = "exceptions[" + index + "]";
		api.field(name + ".from", this.from)
			.field(name + ".to", this.to)
			.field(name + ".reason", this.reason)
			.field(name + ".slots[0].opens", this.opens)
			.field(name + ".slots[0].closes", this.closes)
			.field(name + ".slots[0]", this.closes);
		List<TimeSlot> slots = (this.opens.getValue() != null || this.closes.getValue() != null)
				? List.of(new TimeSlot(this.opens.getValue(), this.closes.getValue())) : List.of();
		return new OpeningException(this.from.getValue(), this.to.getValue(), this.reason.getValue().strip(), slots);
	}

}
