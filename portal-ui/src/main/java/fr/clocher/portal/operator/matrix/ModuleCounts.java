package fr.clocher.portal.operator.matrix;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import fr.clocher.kernel.api.platform.ModuleCount;
import fr.clocher.portal.operator.Formats;

/**
 * How many tenants have each module on, over every tenant the filters match.
 */
class ModuleCounts extends FlexLayout {

	final Paragraph tenants = new Paragraph();

	ModuleCounts() {
		setFlexWrap(FlexWrap.WRAP);
		getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
		this.tenants.setId("matrix-tenants");
	}

	void show(List<ModuleCount> modules, long total) {
		removeAll();
		this.tenants.setText(getTranslation("operator.matrix.tenants", Formats.number(total, getLocale())));
		add(this.tenants);
		for (ModuleCount module : modules) {
			Span count = new Span(getTranslation("operator.matrix.count", module.name().in(getLocale()),
					Formats.number(module.enabled(), getLocale()), Formats.number(module.eligible(), getLocale())));
			count.setId("count-" + module.key());
			count.getElement().getThemeList().add("badge");
			add(count);
		}
	}

}
