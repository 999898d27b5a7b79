package fr.clocher.website.ui.support;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.ImageInfo;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Uploads an image with its alternative text, which is required: it is what a person who
 * cannot see the image hears.
 */
public class ImageDialog extends FileDialog {

	final TextField alt = new TextField(translate("website.image.alternative-text"));

	private final FilesApi filesApi;

	private final String tenant;

	private final Consumer<ImageInfo> uploaded;

	public ImageDialog(FilesApi filesApi, String tenant, Consumer<ImageInfo> uploaded) {
		super(translate("website.image.add-image"), List.of("image/jpeg", "image/png", "image/gif"),
				translate("website.image.upload-image"));
		this.filesApi = filesApi;
		this.tenant = tenant;
		this.uploaded = uploaded;
		this.alt.setRequiredIndicatorVisible(true);
		this.alt.setMaxLength(250);
		this.alt.setWidthFull();
		this.alt.setHelperText(translate("website.image.alt-helper"));
		add(this.alt);
		this.api.field("alt", this.alt);
	}

	@Override
	protected boolean fieldsValid() {
		boolean valid = !this.alt.getValue().isBlank();
		this.alt.setErrorMessage(valid ? null : translate("website.image.alternative-text-required"));
		this.alt.setInvalid(!valid);
		return valid;
	}

	@Override
	protected boolean send(String fileName, String contentType, byte[] content) {
		return this.api
			.run(() -> this.filesApi.uploadImage(this.tenant, fileName, contentType, this.alt.getValue().strip(),
					content))
			.map((image) -> {
				this.uploaded.accept(image);
				return true;
			})
			.orElse(false);
	}

}
