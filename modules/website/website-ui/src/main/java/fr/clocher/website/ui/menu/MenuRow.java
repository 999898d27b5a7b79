package fr.clocher.website.ui.menu;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.website.api.MenuTarget;
import fr.clocher.website.api.PageSummary;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The fields of one menu entry and its buttons: move up, move down, remove, and for a
 * group, add a sub-entry.
 */
class MenuRow extends HorizontalLayout {

	final TextField label = new TextField(translate("website.menu.label"));

	final Select<MenuTarget> target = new Select<>();

	final ComboBox<PageSummary> page = new ComboBox<>(translate("website.menu.page"));

	final TextField url = new TextField(translate("website.menu.address"));

	MenuRow(MenuItem item, List<PageSummary> pages, boolean child, Runnable up, Runnable down, Runnable remove,
			Runnable addChild) {
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		if (child) {
			getStyle().set("padding-inline-start", "var(--lumo-space-xl)");
		}
		this.label.setValue(item.label);
		this.label.setRequiredIndicatorVisible(true);
		this.label.setMaxLength(60);
		this.label.addValueChangeListener((event) -> item.label = event.getValue());
		this.target.setLabel(translate("website.menu.opens"));
		this.target.setItems(child ? List.of(MenuTarget.PAGE, MenuTarget.LINK) : List.of(MenuTarget.values()));
		this.target.setItemLabelGenerator(MenuRow::targetLabel);
		this.target.setValue(item.target);
		this.page.setItems(pages);
		this.page.setItemLabelGenerator(PageSummary::title);
		pages.stream().filter((p) -> Objects.equals(p.id(), item.pageId)).findFirst().ifPresent(this.page::setValue);
		this.page
			.addValueChangeListener((event) -> item.pageId = (event.getValue() != null) ? event.getValue().id() : null);
		this.url.setValue(item.url);
		this.url.setPlaceholder(translate("website.menu.url-placeholder"));
		this.url.addValueChangeListener((event) -> item.url = event.getValue());
		add(this.label, this.target, this.page, this.url);
		this.target.addValueChangeListener((event) -> {
			item.target = event.getValue();
			showTarget(item.target);
		});
		showTarget(item.target);
		add(icon(VaadinIcon.ARROW_UP, translate("website.menu.move-up", item.label), up),
				icon(VaadinIcon.ARROW_DOWN, translate("website.menu.move-down", item.label), down),
				icon(VaadinIcon.TRASH, translate("website.menu.remove", item.label), remove));
		if (!child && item.target == MenuTarget.GROUP) {
			Button add = new Button(translate("website.menu.add-sub-entry"), VaadinIcon.PLUS.create(),
					(event) -> addChild.run());
			add(add);
		}
	}

	private void showTarget(MenuTarget value) {
		this.page.setVisible(value == MenuTarget.PAGE);
		this.url.setVisible(value == MenuTarget.LINK);
	}

	private static Button icon(VaadinIcon icon, String label, Runnable action) {
		Button button = new Button(icon.create(), (event) -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		button.getElement().setAttribute("aria-label", label);
		button.setTooltipText(label);
		return button;
	}

	static String targetLabel(MenuTarget target) {
		return switch (target) {
			case PAGE -> translate("website.menu.opens-page");
			case LINK -> translate("website.menu.opens-address");
			case GROUP -> translate("website.menu.opens-group");
		};
	}

}
