package fr.clocher.website.service.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The document formats accepted, recognised by their content: PDF by its header; the
 * OpenDocument and Office Open XML formats (ZIP files) by their header and extension.
 */
enum DocumentType {

	PDF("pdf", "application/pdf"), ODT("odt", "application/vnd.oasis.opendocument.text"),
	ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private final String extension;

	private final String contentType;

	DocumentType(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

	static List<String> contentTypes() {
		return Arrays.stream(values()).map(DocumentType::contentType).toList();
	}

	static Optional<DocumentType> of(String fileName, byte[] content) {
		if (SiteFiles.startsWith(content, SiteFiles.ascii("%PDF-"))) {
			return Optional.of(PDF);
		}
		if (!SiteFiles.startsWith(content, ZIP) || fileName == null) {
			return Optional.empty();
		}
		String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((type) -> type != PDF && type.extension.equals(extension)).findFirst();
	}

}
