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

import static fr.clocher.website.ui.support.Texts.t;

/**
 * One council member's fields.
 */
class MemberRow extends HorizontalLayout {

	final TextField name = new TextField(t("Prénom et nom", "Full name"));

	final Select<CouncilRole> role = new Select<>();

	final TextField title = new TextField(t("Intitulé (facultatif)", "Title (optional)"));

	final TextField delegation = new TextField(t("Délégation", "Delegation"));

	final ComboBox<ImageInfo> photo = new ComboBox<>(t("Photo", "Photo"));

	MemberRow(CouncilMember member, List<ImageInfo> images, Runnable up, Runnable remove) {
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		this.name.setRequiredIndicatorVisible(true);
		this.name.setMaxLength(120);
		this.role.setLabel(t("Fonction", "Office"));
		this.role.setItems(CouncilRole.values());
		this.role.setItemLabelGenerator(MemberRow::roleLabel);
		this.title.setMaxLength(80);
		this.title.setPlaceholder(t("1re adjointe", "First deputy"));
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
				icon(VaadinIcon.ARROW_UP, t("Monter ", "Move up ") + member.name(), up),
				icon(VaadinIcon.TRASH, t("Retirer ", "Remove ") + member.name(), remove));
	}

	CouncilMember member() {
		return new CouncilMember(this.name.getValue().strip(), this.role.getValue(), this.title.getValue().strip(),
				this.delegation.getValue().strip(),
				(this.photo.getValue() != null) ? this.photo.getValue().id() : null);
	}

	static String roleLabel(CouncilRole role) {
		return switch (role) {
			case MAYOR -> t("Maire", "Mayor");
			case DEPUTY -> t("Adjoint(e)", "Deputy mayor");
			case COUNCILLOR -> t("Conseiller(ère) municipal(e)", "Councillor");
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
