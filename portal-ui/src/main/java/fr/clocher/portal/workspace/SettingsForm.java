package fr.clocher.portal.workspace;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.SettingDescriptor;
import fr.clocher.kernel.api.SettingsValidation;

/**
 * A module's settings as a form generated from its settings description: one labelled
 * field per setting, of the setting's type, checked field by field with the same rules
 * tenant-service applies, and showing tenant-service's own reasons when it refuses.
 */
class SettingsForm extends FormLayout {

	private final ModuleDescriptor module;

	private final Locale locale;

	private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

	SettingsForm(ModuleDescriptor module, Map<String, Object> values, Locale locale) {
		this.module = module;
		this.locale = locale;
		setId("settings-" + module.key());
		for (SettingDescriptor setting : module.settings()) {
			HasValue<?, ?> field = field(setting, values.get(setting.key()));
			this.fields.put(setting.key(), field);
			add((Component) field);
		}
	}

	boolean isEmpty() {
		return this.fields.isEmpty();
	}

	/** The values, or null with the refused fields marked when the rules refuse them. */
	Map<String, Object> validValues() {
		clearErrors();
		Map<String, Object> values = values();
		SettingsValidation validation = SettingsValidation.check(this.module, values);
		validation.violations().forEach((violation) -> showError(violation.setting(), violation.reason()));
		return validation.valid() ? values : null;
	}

	/** Shows the reasons tenant-service gave, by field ({@code settings.<key>}). */
	void showErrors(Map<String, String> reasons) {
		reasons.forEach((field, reason) -> {
			String key = field.startsWith("settings.") ? field.substring("settings.".length()) : field;
			if (this.fields.get(key) instanceof HasValidation validated) {
				validated.setErrorMessage(reason);
				validated.setInvalid(true);
			}
		});
	}

	private void showError(String key, LocalizedText reason) {
		showErrors(Map.of(key, reason.in(this.locale)));
	}

	private void clearErrors() {
		this.fields.values().forEach((field) -> {
			if (field instanceof HasValidation validated) {
				validated.setInvalid(false);
			}
		});
	}

	private Map<String, Object> values() {
		Map<String, Object> values = new LinkedHashMap<>();
		this.fields.forEach((key, field) -> {
			Object value = field.getValue();
			if (value instanceof String text && text.isBlank()) {
				value = null;
			}
			if (value != null) {
				values.put(key, value);
			}
		});
		return values;
	}

	private HasValue<?, ?> field(SettingDescriptor setting, Object value) {
		String label = setting.label().in(this.locale);
		AbstractField<?, ?> field = switch (setting.type()) {
			case BOOLEAN -> new Checkbox(label, Boolean.TRUE.equals(value));
			case INTEGER -> integerField(setting, label, value);
			case CHOICE -> choice(setting, label, value);
			case EMAIL -> textual(new EmailField(label), value);
			default -> textual(new TextField(label), value);
		};
		field.setId("setting-" + setting.key());
		if (setting.help() != null && field instanceof HasHelper helped) {
			helped.setHelperText(setting.help().in(this.locale));
		}
		return field;
	}

	private static IntegerField integerField(SettingDescriptor setting, String label, Object value) {
		IntegerField field = new IntegerField(label);
		if (setting.min() != null) {
			field.setMin(setting.min().intValue());
		}
		if (setting.max() != null) {
			field.setMax(setting.max().intValue());
		}
		field.setStepButtonsVisible(true);
		field.setRequiredIndicatorVisible(setting.required());
		if (value instanceof Number number) {
			field.setValue(number.intValue());
		}
		return field;
	}

	private static Select<String> choice(SettingDescriptor setting, String label, Object value) {
		Select<String> select = new Select<>();
		select.setLabel(label);
		select.setItems(setting.choices());
		if (value != null) {
			select.setValue(value.toString());
		}
		return select;
	}

	private static <F extends AbstractField<?, String>> F textual(F field, Object value) {
		field.setValue((value != null) ? value.toString() : "");
		return field;
	}

}
