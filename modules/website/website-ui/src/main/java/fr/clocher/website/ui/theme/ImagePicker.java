package fr.clocher.website.ui.theme;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.ImageInfo;
import fr.clocher.website.ui.support.ImageDialog;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Chooses one of the commune's images, or uploads a new one.
 */
class ImagePicker extends HorizontalLayout {

	final ComboBox<ImageInfo> image;

	ImagePicker(String label, FilesApi filesApi, String tenant, List<ImageInfo> images, UUID selected) {
		setAlignItems(FlexComponent.Alignment.BASELINE);
		this.image = new ComboBox<>(label);
		this.image.setItems(images);
		this.image.setItemLabelGenerator((info) -> info.alt() + " (" + info.fileName() + ")");
		this.image.setClearButtonVisible(true);
		this.image.setPlaceholder(translate("website.theme.none"));
		this.image.setWidth("24em");
		images.stream()
			.filter((info) -> Objects.equals(info.id(), selected))
			.findFirst()
			.ifPresent(this.image::setValue);
		Button upload = new Button(translate("website.theme.upload-image"), VaadinIcon.UPLOAD.create(),
				(event) -> new ImageDialog(filesApi, tenant, (info) -> {
					List<ImageInfo> all = new java.util.ArrayList<>(images);
					all.add(0, info);
					this.image.setItems(all);
					this.image.setValue(info);
				}).open());
		add(this.image, upload);
	}

	UUID selected() {
		return (this.image.getValue() != null) ? this.image.getValue().id() : null;
	}

}
