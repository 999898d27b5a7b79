package fr.clocher.website.ui.townhall;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.website.api.DayHours;
import fr.clocher.website.api.TimeSlot;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One weekday's hours: a morning and an afternoon slot; a day left empty is closed.
 */
class DayRow extends HorizontalLayout {

	static final int SLOTS = 2;

	final DayOfWeek day;

	final List<TimePicker[]> slots = new ArrayList<>();

	DayRow(DayOfWeek day) {
		this.day = day;
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		String name = day.getDisplayName(TextStyle.FULL, WorkspaceCommune.locale());
		Span label = new Span(name);
		label.setMinWidth("7em");
		add(label);
		for (int i = 0; i < SLOTS; i++) {
			TimePicker opens = new TimePicker(translate("website.town-hall.opens"));
			TimePicker closes = new TimePicker(translate("website.town-hall.closes"));
			opens.setAriaLabel(translate(
					(i == 0) ? "website.town-hall.morning-opens" : "website.town-hall.afternoon-opens", name));
			closes.setAriaLabel(translate(
					(i == 0) ? "website.town-hall.morning-closes" : "website.town-hall.afternoon-closes", name));
			opens.setWidth("8em");
			closes.setWidth("8em");
			this.slots.add(new TimePicker[] { opens, closes });
			add(opens, closes);
		}
	}

	void show(DayHours hours) {
		for (int i = 0; i < SLOTS; i++) {
			TimeSlot slot = (i < hours.slots().size()) ? hours.slots().get(i) : null;
			this.slots.get(i)[0].setValue((slot != null) ? slot.opens() : null);
			this.slots.get(i)[1].setValue((slot != null) ? slot.closes() : null);
		}
	}

	/** The day's hours, or null for a closed day; names its fields as the API will. */
	DayHours hours(ApiCall api, int index) {
		List<TimeSlot> filled = new ArrayList<>();
		for (TimePicker[] slot : this.slots) {
			if (slot[0].getValue() != null || slot[1].getValue() != null) {
				String name = "weeklyHours[" + index + "].slots[" + filled.size() + "]";
				api.field(name + ".opens", slot[0]).field(name + ".closes", slot[1]).field(name, slot[1]);
				filled.add(new TimeSlot(slot[0].getValue(), slot[1].getValue()));
			}
		}
		return filled.isEmpty() ? null : new DayHours(this.day, filled);
	}

}
