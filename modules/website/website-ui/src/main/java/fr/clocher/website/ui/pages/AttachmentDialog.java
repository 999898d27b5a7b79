package fr.clocher.website.ui.pages;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.website.api.AttachmentInfo;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.ui.support.FileDialog;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Uploads a document (PDF, OpenDocument, Word, Excel) to link it from a page.
 */
class AttachmentDialog extends FileDialog {

	final TextField title = new TextField(translate("website.pages.link-title"));

	private final FilesApi filesApi;

	private final String tenant;

	private final Consumer<AttachmentInfo> uploaded;

	AttachmentDialog(FilesApi filesApi, String tenant, Consumer<AttachmentInfo> uploaded) {
		super(translate("website.pages.attach-document"),
				List.of("application/pdf", ".pdf", ".odt", ".ods", ".docx", ".xlsx"),
				translate("website.pages.upload-document"));
		this.filesApi = filesApi;
		this.tenant = tenant;
		this.uploaded = uploaded;
		this.title.setMaxLength(200);
		this.title.setWidthFull();
		this.title.setHelperText(translate("website.pages.link-title-helper"));
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
