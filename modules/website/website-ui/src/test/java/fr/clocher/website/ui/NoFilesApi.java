package fr.clocher.website.ui;

import java.util.List;
import java.util.UUID;

import fr.clocher.website.api.AttachmentChange;
import fr.clocher.website.api.AttachmentInfo;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.ImageChange;
import fr.clocher.website.api.ImageInfo;

import org.springframework.core.io.InputStreamResource;

/**
 * A commune that has uploaded no image or document yet; these tests upload none.
 */
class NoFilesApi implements FilesApi {

	@Override
	public List<ImageInfo> images(String tenant) {
		return List.of();
	}

	@Override
	public List<AttachmentInfo> attachments(String tenant) {
		return List.of();
	}

	@Override
	public ImageInfo uploadImage(String tenant, String fileName, String contentType, String alt,
			InputStreamResource content) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ImageInfo updateImage(String tenant, UUID id, ImageChange change) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void deleteImage(String tenant, UUID id) {
		throw new UnsupportedOperationException();
	}

	@Override
	public AttachmentInfo uploadAttachment(String tenant, String fileName, String contentType, String title,
			InputStreamResource content) {
		throw new UnsupportedOperationException();
	}

	@Override
	public AttachmentInfo updateAttachment(String tenant, UUID id, AttachmentChange change) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void deleteAttachment(String tenant, UUID id) {
		throw new UnsupportedOperationException();
	}

}
