package fr.clocher.announcements.ui.news;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.clocher.announcements.api.ImageInfo;
import fr.clocher.announcements.api.ImagesApi;
import fr.clocher.announcements.ui.support.Buttons;
import fr.clocher.announcements.ui.support.FormCall;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Uploads a news item's image with its alternative text, which is required: it is what a
 * person who cannot see the image hears. The file is kept in memory until she confirms.
 */
class ImageDialog extends Dialog {

	final TextField alt = new TextField(translate("announcements.image.alt"));

	final Upload upload;

	final Paragraph chosen = new Paragraph();

	final FormCall calls = new FormCall();

	final Button confirm;

	private final ImagesApi imagesApi;

	private final String tenant;

	private final Consumer<ImageInfo> uploaded;

	private byte[] content;

	ImageDialog(ImagesApi imagesApi, String tenant, Consumer<ImageInfo> uploaded) {
		this.imagesApi = imagesApi;
		this.tenant = tenant;
		this.uploaded = uploaded;
		setHeaderTitle(translate("announcements.image.title"));
		setWidth("min(560px, 95vw)");
		this.upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
			this.content = data;
			this.chosen.setText(translate("announcements.image.chosen", metadata.fileName()));
		}));
		this.upload.setAcceptedFileTypes("image/png", "image/jpeg");
		this.upload.setMaxFiles(1);
		this.upload.addFileRemovedListener((event) -> {
			this.content = null;
			this.chosen.setText("");
		});
		this.alt.setRequiredIndicatorVisible(true);
		this.alt.setMaxLength(250);
		this.alt.setWidthFull();
		this.alt.setHelperText(translate("announcements.image.alt-helper"));
		this.calls.field("alt", this.alt);
		add(this.upload, this.chosen, this.alt);
		this.confirm = Buttons.of("image-confirm", translate("announcements.image.upload"), VaadinIcon.UPLOAD,
				ButtonVariant.LUMO_PRIMARY, this::send);
		getFooter().add(new Button(translate("announcements.action.cancel"), (event) -> close()), this.confirm);
	}

	private void send() {
		boolean described = !this.alt.getValue().isBlank();
		this.alt.setErrorMessage(described ? null : translate("announcements.image.alt-required"));
		this.alt.setInvalid(!described);
		if (this.content == null) {
			this.chosen.setText(translate("announcements.image.choose-first"));
			return;
		}
		if (described) {
			this.calls.run(() -> this.imagesApi.uploadImage(this.tenant, this.alt.getValue().strip(), this.content))
				.ifPresent((image) -> {
					this.uploaded.accept(image);
					close();
				});
		}
	}

}
