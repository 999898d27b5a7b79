package fr.clocher.website.ui.support;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import fr.clocher.kernel.ui.ApiCall;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A dialog that receives one file in memory, then sends it with what the secretary says
 * about it when she confirms (the file is not sent before).
 */
public abstract class FileDialog extends Dialog {

	protected final ApiCall api = new ApiCall();

	final Upload upload;

	final Paragraph chosen = new Paragraph();

	private UploadMetadata metadata;

	private byte[] content;

	protected FileDialog(String title, List<String> acceptedTypes, String confirmLabel) {
		setHeaderTitle(title);
		setWidth("min(560px, 95vw)");
		this.upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
			this.metadata = metadata;
			this.content = data;
			this.chosen.setText(translate("website.file.chosen", metadata.fileName()));
		}));
		this.upload.setAcceptedFileTypes(acceptedTypes.toArray(String[]::new));
		this.upload.setMaxFiles(1);
		this.upload.setI18n(uploadTexts());
		this.upload.addFileRemovedListener((event) -> {
			this.metadata = null;
			this.content = null;
			this.chosen.setText("");
		});
		add(this.upload, this.chosen);
		Button confirm = Actions.button(confirmLabel, VaadinIcon.UPLOAD, true, this::confirm);
		confirm.setId("file-dialog-confirm");
		getFooter().add(new Button(translate("website.file.cancel"), (event) -> close()), confirm);
	}

	/**
	 * Sends the file once the secretary's fields are valid.
	 * @param fileName the file's name
	 * @param contentType the type the browser gave
	 * @param content the bytes
	 * @return whether it was accepted (the dialog then closes)
	 */
	protected abstract boolean send(String fileName, String contentType, byte[] content);

	/** Checks the secretary's fields before sending; marks the ones refused. */
	protected abstract boolean fieldsValid();

	private void confirm() {
		boolean fields = fieldsValid();
		if (this.content == null) {
			this.chosen.setText(translate("website.file.choose-file-first"));
			return;
		}
		if (fields && send(this.metadata.fileName(), this.metadata.contentType(), this.content)) {
			close();
		}
	}

	private static UploadI18N uploadTexts() {
		UploadI18N texts = new UploadI18N();
		texts.setDropFiles(new UploadI18N.DropFiles().setOne(translate("website.file.drop-file-here"))
			.setMany(translate("website.file.drop-files-here")));
		texts.setAddFiles(new UploadI18N.AddFiles().setOne(translate("website.file.choose-file"))
			.setMany(translate("website.file.choose-files")));
		texts.setError(new UploadI18N.Error().setTooManyFiles(translate("website.file.one-file-time"))
			.setFileIsTooBig(translate("website.file.file-too-large"))
			.setIncorrectFileType(translate("website.file.type-not-accepted")));
		return texts;
	}

}
