package fr.clocher.website.ui.council;

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

import fr.clocher.website.api.CouncilMember;
import fr.clocher.website.api.CouncilRole;
import fr.clocher.website.api.ImageInfo;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One council member's fields.
 */
class MemberRow extends HorizontalLayout {

	final TextField name = new TextField(translate("website.council.full-name"));

	final Select<CouncilRole> role = new Select<>();

	final TextField title = new TextField(translate("website.council.title-optional"));

	final TextField delegation = new TextField(translate("website.council.delegation"));

	final ComboBox<ImageInfo> photo = new ComboBox<>(translate("website.council.photo"));

	MemberRow(CouncilMember member, List<ImageInfo> images, Runnable up, Runnable remove) {
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		this.name.setRequiredIndicatorVisible(true);
		this.name.setMaxLength(120);
		this.role.setLabel(translate("website.council.office"));
		this.role.setItems(CouncilRole.values());
		this.role.setItemLabelGenerator(MemberRow::roleLabel);
		this.title.setMaxLength(80);
		this.title.setPlaceholder(translate("website.council.first-deputy"));
		this.delegation.setMaxLength(200);
		this.photo.setItems(images);
		this.photo.setItemLabelGenerator(ImageInfo::alt);
		this.photo.setClearButtonVisible(true);
		this.name.setValue(Objects.requireNonNullElse(member.name(), ""));
		this.role.setValue(Objects.requireNonNullElse(member.role(), CouncilRole.COUNCILLOR));
		this.title.setValue(Objects.requireNonNullElse(member.title(), ""));
		this.delegation.setValue(Objects.requireNonNullElse(member.delegation(), ""));
		images.stream()
			.filter((i) -> Objects.equals(i.id(), member.photoId()))
			.findFirst()
			.ifPresent(this.photo::setValue);
		add(this.name, this.role, this.title, this.delegation, this.photo,
				icon(VaadinIcon.ARROW_UP, translate("website.council.move-up", member.name()), up),
				icon(VaadinIcon.TRASH, translate("website.council.remove", member.name()), remove));
	}

	CouncilMember member() {
		return new CouncilMember(this.name.getValue().strip(), this.role.getValue(), this.title.getValue().strip(),
				this.delegation.getValue().strip(),
				(this.photo.getValue() != null) ? this.photo.getValue().id() : null);
	}

	static String roleLabel(CouncilRole role) {
		return switch (role) {
			case MAYOR -> translate("website.council.mayor");
			case DEPUTY -> translate("website.council.deputy-mayor");
			case COUNCILLOR -> translate("website.council.councillor");
		};
	}

	private static Button icon(VaadinIcon icon, String label, Runnable action) {
		Button button = new Button(icon.create(), (event) -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		button.getElement().setAttribute("aria-label", label);
		button.setTooltipText(label);
		return button;
	}

}
