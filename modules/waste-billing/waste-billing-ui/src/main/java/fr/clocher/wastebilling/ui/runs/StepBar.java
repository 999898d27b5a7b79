package fr.clocher.wastebilling.ui.runs;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

import fr.clocher.wastebilling.api.RunStatus;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The wizard's four steps, the current one marked for every reader
 * ({@code aria-current="step"}).
 */
class StepBar extends OrderedList {

	private final List<ListItem> items = List.of(new ListItem(translate("waste-billing.steps.compute")),
			new ListItem(translate("waste-billing.steps.review")),
			new ListItem(translate("waste-billing.steps.validate")),
			new ListItem(translate("waste-billing.steps.issue")));

	StepBar() {
		setId("run-steps");
		this.items.forEach(this::add);
		// The steps' texts carry their numbers: the list's own markers would number them
		// twice.
		getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("list-style", "none");
	}

	void show(RunStatus status) {
		int current = switch (status) {
			case DRAFT -> 0;
			case REVIEW -> 1;
			case VALIDATED -> 3;
			case ISSUED -> 4;
		};
		for (int i = 0; i < this.items.size(); i++) {
			ListItem item = this.items.get(i);
			item.getElement().removeAttribute("aria-current");
			item.getStyle().set("font-weight", (i == current) ? "bold" : "normal");
			if (i == current) {
				item.getElement().setAttribute("aria-current", "step");
			}
		}
	}

	/** The step marked current, or null when all are done. */
	String current() {
		return this.items.stream()
			.filter((item) -> item.getElement().hasAttribute("aria-current"))
			.map(ListItem::getText)
			.findFirst()
			.orElse(null);
	}

}
