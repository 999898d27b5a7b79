package fr.clocher.website.ui.legal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.website.api.ComplianceStatus;
import fr.clocher.website.api.GeneratedPage;
import fr.clocher.website.ui.support.Actions;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One generated page as a form: a field per record component, labelled, marked when it is
 * edited; saving stores only what differs from the generated text, resetting forgets
 * every edit.
 *
 * @param <F> the page's fields (a record)
 */
class GeneratedForm<F extends Record> extends VerticalLayout {

	private final Class<F> type;

	final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

	final Anchor link = new Anchor();

	final ApiCall api = new ApiCall();

	final Button save;

	final Button reset;

	GeneratedForm(Class<F> type, Map<String, String> labels, Supplier<GeneratedPage<F>> load,
			Function<F, GeneratedPage<F>> update, Supplier<GeneratedPage<F>> forget) {
		this.type = type;
		setPadding(false);
		this.link.setTarget(AnchorTarget.BLANK);
		add(this.link);
		for (RecordComponent component : type.getRecordComponents()) {
			HasValue<?, ?> field = field(component.getType(),
					labels.getOrDefault(component.getName(), component.getName()));
			this.fields.put(component.getName(), field);
			this.api.field(component.getName(), (HasValidation) field);
			add((Component) field);
		}
		this.save = Actions.button(translate("website.legal.save"), VaadinIcon.CHECK, true,
				() -> this.api.run(() -> update.apply(values())).ifPresent((page) -> {
					show(page);
					ApiCall.success(translate("website.legal.page-saved"));
				}));
		this.reset = Actions.button(translate("website.legal.back-generated-text"), VaadinIcon.REFRESH, false,
				() -> this.api.run(forget).ifPresent((page) -> {
					show(page);
					ApiCall.success(translate("website.legal.generated-text-restored"));
				}));
		add(new HorizontalLayout(this.save, this.reset));
		this.api.run(load).ifPresent(this::show);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	void show(GeneratedPage<F> page) {
		this.link.setHref(page.publicUrl());
		this.link.setText(translate("website.legal.see-page", page.publicPath()));
		for (RecordComponent component : this.type.getRecordComponents()) {
			HasValue field = this.fields.get(component.getName());
			Object value = read(component, page.values());
			if (field instanceof TextArea) {
				field.setValue((value != null) ? value : "");
			}
			else {
				field.setValue(value);
			}
			boolean edited = page.editedFields().contains(component.getName());
			((com.vaadin.flow.component.HasHelper) field)
				.setHelperText(edited ? translate("website.legal.edited") : translate("website.legal.generated"));
		}
	}

	F values() {
		RecordComponent[] components = this.type.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			values[i] = this.fields.get(components[i].getName()).getValue();
			types[i] = components[i].getType();
		}
		try {
			return this.type.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot build " + this.type.getSimpleName(), ex);
		}
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

	private static HasValue<?, ?> field(Class<?> type, String label) {
		if (type == Integer.class) {
			IntegerField field = new IntegerField(label);
			field.setMin(0);
			field.setMax(100);
			return field;
		}
		if (type == LocalDate.class) {
			return new DatePicker(label);
		}
		if (type == ComplianceStatus.class) {
			Select<ComplianceStatus> field = new Select<>();
			field.setLabel(label);
			field.setItems(ComplianceStatus.values());
			field.setItemLabelGenerator(GeneratedForm::status);
			return field;
		}
		TextArea field = new TextArea(label);
		field.setWidthFull();
		field.setMaxLength(4000);
		return field;
	}

	static String status(ComplianceStatus status) {
		return switch (status) {
			case FULLY_COMPLIANT -> translate("website.legal.fully-compliant");
			case PARTIALLY_COMPLIANT -> translate("website.legal.partially-compliant");
			case NOT_COMPLIANT -> translate("website.legal.not-compliant");
		};
	}

}
