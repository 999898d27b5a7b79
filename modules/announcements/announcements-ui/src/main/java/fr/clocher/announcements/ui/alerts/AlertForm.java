package fr.clocher.announcements.ui.alerts;

import java.util.Objects;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertDraft;
import fr.clocher.announcements.ui.support.Dates;
import fr.clocher.announcements.ui.support.FormCall;
import fr.clocher.announcements.ui.support.KindForm;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * An alert's three fields (what, where, until when), and its optional details.
 */
public class AlertForm extends FormLayout implements KindForm<Alert, AlertDraft> {

	public final TextField what = new TextField(translate("announcements.alerts.what"));

	public final TextField where = new TextField(translate("announcements.alerts.where"));

	public final DateTimePicker until = new DateTimePicker(translate("announcements.alerts.until"));

	public final TextArea details = new TextArea(translate("announcements.alerts.details"));

	AlertForm(FormCall calls, boolean withDetails) {
		this.what.setRequiredIndicatorVisible(true);
		this.what.setMaxLength(150);
		this.what.setPlaceholder(translate("announcements.alerts.what-example"));
		this.where.setMaxLength(200);
		this.where.setPlaceholder(translate("announcements.alerts.where-example"));
		this.until.setRequiredIndicatorVisible(true);
		this.until.setHelperText(translate("announcements.alerts.until-helper"));
		this.details.setMaxLength(1000);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
		add(this.what, 2);
		add(this.where, this.until);
		calls.field("what", this.what).field("where", this.where).field("until", this.until);
		if (withDetails) {
			add(this.details, 2);
			calls.field("details", this.details);
		}
	}

	@Override
	public void show(Alert alert) {
		this.what.setValue(Objects.requireNonNullElse(alert.what(), ""));
		this.where.setValue(Objects.requireNonNullElse(alert.where(), ""));
		this.until.setValue(Dates.paris(alert.until()));
		this.details.setValue(Objects.requireNonNullElse(alert.details(), ""));
	}

	@Override
	public void clear() {
		this.what.clear();
		this.where.clear();
		this.until.clear();
		this.details.clear();
	}

	@Override
	public AlertDraft draft() {
		return new AlertDraft(this.what.getValue().strip(), blankToNull(this.where.getValue()),
				Dates.instant(this.until.getValue()), blankToNull(this.details.getValue()));
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
