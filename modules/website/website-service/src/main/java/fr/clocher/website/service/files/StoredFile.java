package fr.clocher.website.service.files;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file, without its bytes.
 */
public record StoredFile(UUID id, FileKind kind, String fileName, String title, String alt, String contentType,
		Integer width, Integer height, long size, Instant createdAt) {

	public String path() {
		return (this.kind == FileKind.IMAGE) ? "/fichiers/images/" + this.id
				: "/fichiers/documents/" + this.id + "/" + this.fileName;
	}

	public String smallPath() {
		return path() + "/petite";
	}

}
