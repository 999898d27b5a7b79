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

import static fr.clocher.website.ui.support.Texts.t;

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
			this.chosen.setText(t("Fichier choisi : ", "File chosen: ") + metadata.fileName());
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
		getFooter().add(new Button(t("Annuler", "Cancel"), (event) -> close()), confirm);
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
			this.chosen.setText(t("Choisissez d'abord un fichier.", "Choose a file first."));
			return;
		}
		if (fields && send(this.metadata.fileName(), this.metadata.contentType(), this.content)) {
			close();
		}
	}

	private static UploadI18N uploadTexts() {
		UploadI18N texts = new UploadI18N();
		texts.setDropFiles(new UploadI18N.DropFiles().setOne(t("Déposez le fichier ici", "Drop the file here"))
			.setMany(t("Déposez les fichiers ici", "Drop the files here")));
		texts.setAddFiles(new UploadI18N.AddFiles().setOne(t("Choisir un fichier…", "Choose a file…"))
			.setMany(t("Choisir des fichiers…", "Choose files…")));
		texts.setError(new UploadI18N.Error().setTooManyFiles(t("Un seul fichier à la fois.", "One file at a time."))
			.setFileIsTooBig(t("Le fichier est trop volumineux.", "The file is too large."))
			.setIncorrectFileType(t("Ce type de fichier n'est pas accepté.", "This type of file is not accepted.")));
		return texts;
	}

}
