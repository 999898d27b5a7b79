package fr.clocher.website.service.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.website.api.AttachmentChange;
import fr.clocher.website.api.AttachmentInfo;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.ImageChange;
import fr.clocher.website.api.ImageInfo;
import fr.clocher.website.api.Website;
import fr.clocher.website.service.support.SiteUrls;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The commune's images and documents over HTTP: an upload's body read as a stream no
 * further than its limit, each file answered with its public addresses.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class FilesController implements FilesApi {

	private final SiteFiles files;

	private final SiteUrls site;

	FilesController(SiteFiles files, SiteUrls site) {
		this.files = files;
		this.site = site;
	}

	@Override
	public List<ImageInfo> images(String tenant) {
		return this.files.list(FileKind.IMAGE).stream().map(this::image).toList();
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public ImageInfo uploadImage(String tenant, String fileName, String contentType, String alt,
			InputStreamResource content) {
		return image(this.files.uploadImage(fileName, contentType, alt, receive(FileKind.IMAGE, content)));
	}

	@Override
	public ImageInfo updateImage(String tenant, UUID id, ImageChange change) {
		return image(this.files.changeAlt(id, (change != null) ? change.alt() : null));
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void deleteImage(String tenant, UUID id) {
		this.files.delete(FileKind.IMAGE, id);
	}

	@Override
	public List<AttachmentInfo> attachments(String tenant) {
		return this.files.list(FileKind.DOCUMENT).stream().map(this::attachment).toList();
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public AttachmentInfo uploadAttachment(String tenant, String fileName, String contentType, String title,
			InputStreamResource content) {
		return attachment(this.files.uploadDocument(fileName, contentType, title, receive(FileKind.DOCUMENT, content)));
	}

	@Override
	public AttachmentInfo updateAttachment(String tenant, UUID id, AttachmentChange change) {
		return attachment(this.files.changeTitle(id, (change != null) ? change.title() : null));
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void deleteAttachment(String tenant, UUID id) {
		this.files.delete(FileKind.DOCUMENT, id);
	}

	/**
	 * The request body, read before the upload's transaction and no further than the
	 * limit. Its length comes from the servlet request: the body's own
	 * {@code contentLength()} reads it whole to count it when the sender gave none.
	 */
	private byte[] receive(FileKind kind, InputStreamResource content) {
		long declared = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getContentLengthLong() : -1;
		try {
			InputStream body = (content != null) ? content.getInputStream() : InputStream.nullInputStream();
			return this.files.receive(kind, body, declared);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ImageInfo image(StoredFile file) {
		return new ImageInfo(file.id(), file.fileName(), file.alt(), file.contentType(), file.width(), file.height(),
				file.size(), file.createdAt(), file.path(), this.site.url(file.path()),
				this.site.url(file.smallPath()));
	}

	private AttachmentInfo attachment(StoredFile file) {
		return new AttachmentInfo(file.id(), file.fileName(), file.title(), file.contentType(), file.size(),
				file.createdAt(), file.path(), this.site.url(file.path()));
	}

}
