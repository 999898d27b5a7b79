package fr.clocher.announcements.ui.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import fr.clocher.announcements.api.Event;
import fr.clocher.announcements.api.EventDraft;
import fr.clocher.announcements.ui.support.FormCall;
import fr.clocher.announcements.ui.support.KindForm;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * An event's fields, in Paris time: its start and end are a day each, and a time each
 * unless it lasts whole days. The body is HTML, as a news item's.
 */
public class EventForm extends FormLayout implements KindForm<Event, EventDraft> {

	public final TextField title = new TextField(translate("announcements.events.field-title"));

	public final Checkbox allDay = new Checkbox(translate("announcements.events.all-day"));

	public final DatePicker startDay = new DatePicker(translate("announcements.events.start"));

	public final TimePicker startTime = new TimePicker(translate("announcements.events.start-time"));

	public final DatePicker endDay = new DatePicker(translate("announcements.events.end"));

	public final TimePicker endTime = new TimePicker(translate("announcements.events.end-time"));

	public final TextField place = new TextField(translate("announcements.events.place"));

	public final TextField registrationUrl = new TextField(translate("announcements.events.registration-url"));

	public final TextArea summary = new TextArea(translate("announcements.events.summary"));

	public final TextArea body = new TextArea(translate("announcements.events.body"));

	EventForm(FormCall calls) {
		this.title.setRequiredIndicatorVisible(true);
		this.title.setMaxLength(150);
		this.startDay.setRequiredIndicatorVisible(true);
		this.endDay.setRequiredIndicatorVisible(true);
		this.startDay.addValueChangeListener((event) -> {
			if (event.getValue() != null && this.endDay.isEmpty()) {
				this.endDay.setValue(event.getValue());
			}
		});
		this.allDay.addValueChangeListener((event) -> showTimes());
		this.place.setMaxLength(200);
		this.registrationUrl.setMaxLength(500);
		this.registrationUrl.setPlaceholder("https://");
		this.summary.setMaxLength(300);
		this.body.setMinHeight("10em");
		this.body.setHelperText(translate("announcements.events.body-helper"));
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
		add(this.title, 2);
		add(this.allDay, 2);
		add(this.startDay, this.startTime, this.endDay, this.endTime, this.place, this.registrationUrl);
		add(this.summary, 2);
		add(this.body, 2);
		calls.field("title", this.title)
			.field("start", this.startDay)
			.field("end", this.endDay)
			.field("place", this.place)
			.field("registrationUrl", this.registrationUrl)
			.field("summary", this.summary)
			.field("body", this.body);
	}

	@Override
	public void show(Event event) {
		this.title.setValue(Objects.requireNonNullElse(event.title(), ""));
		this.allDay.setValue(event.allDay());
		this.startDay.setValue((event.start() != null) ? event.start().toLocalDate() : null);
		this.startTime.setValue(event.allDay() || event.start() == null ? null : event.start().toLocalTime());
		this.endDay.setValue((event.end() != null) ? event.end().toLocalDate() : null);
		this.endTime.setValue(event.allDay() || event.end() == null ? null : event.end().toLocalTime());
		this.place.setValue(Objects.requireNonNullElse(event.place(), ""));
		this.registrationUrl.setValue(Objects.requireNonNullElse(event.registrationUrl(), ""));
		this.summary.setValue(Objects.requireNonNullElse(event.summary(), ""));
		this.body.setValue(Objects.requireNonNullElse(event.body(), ""));
	}

	@Override
	public void clear() {
		this.title.clear();
		this.allDay.clear();
		this.startDay.clear();
		this.startTime.clear();
		this.endDay.clear();
		this.endTime.clear();
		this.place.clear();
		this.registrationUrl.clear();
		this.summary.clear();
		this.body.clear();
	}

	@Override
	public EventDraft draft() {
		boolean wholeDays = this.allDay.getValue();
		return new EventDraft(this.title.getValue().strip(), blankToNull(this.summary.getValue()), this.body.getValue(),
				blankToNull(this.place.getValue()), blankToNull(this.registrationUrl.getValue()), wholeDays,
				at(this.startDay.getValue(), wholeDays ? null : this.startTime.getValue()),
				at(this.endDay.getValue(), wholeDays ? null : this.endTime.getValue()));
	}

	private void showTimes() {
		this.startTime.setVisible(!this.allDay.getValue());
		this.endTime.setVisible(!this.allDay.getValue());
	}

	/** A day and a time; a day without a time starts at midnight. */
	private static LocalDateTime at(LocalDate day, LocalTime time) {
		return (day != null) ? day.atTime((time != null) ? time : LocalTime.MIDNIGHT) : null;
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
