package fr.clocher.portal.operator.tenants;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;

/**
 * The filter bar above the tenant list; it wraps onto several lines on a tablet.
 */
class TenantFilters extends FlexLayout {

	final TextField text = new TextField();

	final ComboBox<TenantKind> kind = new ComboBox<>();

	final ComboBox<TenantStatus> status = new ComboBox<>();

	final TextField department = new TextField();

	final ComboBox<String> module = new ComboBox<>();

	TenantFilters(Map<String, LocalizedText> modules, Consumer<TenantCriteria> onChange) {
		setFlexWrap(FlexWrap.WRAP);
		setAlignItems(FlexComponent.Alignment.BASELINE);
		getStyle().set("gap", "var(--lumo-space-m)");
		this.text.setId("tenant-search");
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.text.setClearButtonVisible(true);
		this.kind.setItems(TenantKind.values());
		this.kind.setItemLabelGenerator((k) -> getTranslation("operator.kind." + k.name()));
		this.kind.setClearButtonVisible(true);
		this.status.setItems(TenantStatus.values());
		this.status.setItemLabelGenerator((s) -> getTranslation("operator.status." + s.name()));
		this.status.setClearButtonVisible(true);
		this.department.setMaxLength(3);
		this.department.setWidth("8em");
		this.department.setValueChangeMode(ValueChangeMode.LAZY);
		this.module.setItems(modules.keySet());
		this.module.setItemLabelGenerator((key) -> modules.get(key).in(getLocale()));
		this.module.setClearButtonVisible(true);
		add(this.text, this.kind, this.status, this.department, this.module);
		Arrays.asList(this.text, this.department)
			.forEach((f) -> f.addValueChangeListener((e) -> onChange.accept(criteria())));
		this.kind.addValueChangeListener((e) -> onChange.accept(criteria()));
		this.status.addValueChangeListener((e) -> onChange.accept(criteria()));
		this.module.addValueChangeListener((e) -> onChange.accept(criteria()));
	}

	void translate() {
		this.text.setLabel(getTranslation("operator.tenants.search"));
		this.text.setPlaceholder(getTranslation("operator.tenants.search-placeholder"));
		this.kind.setLabel(getTranslation("operator.tenants.kind"));
		this.status.setLabel(getTranslation("operator.tenants.status"));
		this.department.setLabel(getTranslation("operator.tenants.department"));
		this.module.setLabel(getTranslation("operator.tenants.module"));
	}

	TenantCriteria criteria() {
		return new TenantCriteria(blankToNull(this.text.getValue()), this.kind.getValue(), this.status.getValue(),
				blankToNull(this.department.getValue()), this.module.getValue(), null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
