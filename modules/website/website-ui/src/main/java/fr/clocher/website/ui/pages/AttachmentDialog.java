package fr.clocher.website.ui.pages;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.website.api.AttachmentInfo;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.ui.support.FileDialog;

import static fr.clocher.website.ui.support.Texts.t;

/**
 * Uploads a document (PDF, OpenDocument, Word, Excel) to link it from a page.
 */
class AttachmentDialog extends FileDialog {

	final TextField title = new TextField(t("Titre du lien", "Link title"));

	private final FilesApi filesApi;

	private final String tenant;

	private final Consumer<AttachmentInfo> uploaded;

	AttachmentDialog(FilesApi filesApi, String tenant, Consumer<AttachmentInfo> uploaded) {
		super(t("Joindre un document", "Attach a document"),
				List.of("application/pdf", ".pdf", ".odt", ".ods", ".docx", ".xlsx"),
				t("Envoyer le document", "Upload the document"));
		this.filesApi = filesApi;
		this.tenant = tenant;
		this.uploaded = uploaded;
		this.title.setMaxLength(200);
		this.title.setWidthFull();
		this.title.setHelperText(t("Ce que dit le lien (par défaut, le nom du fichier).",
				"What the link says (the file name by default)."));
		add(this.title);
		this.api.field("title", this.title);
	}

	@Override
	protected boolean fieldsValid() {
		return true;
	}

	@Override
	protected boolean send(String fileName, String contentType, byte[] content) {
		return this.api
			.run(() -> this.filesApi.uploadAttachment(this.tenant, fileName, contentType, this.title.getValue().strip(),
					content))
			.map((attachment) -> {
				this.uploaded.accept(attachment);
				return true;
			})
			.orElse(false);
	}

}
