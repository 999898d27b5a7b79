package fr.clocher.website.service.files;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.website.api.UploadLimits;
import fr.clocher.website.service.support.PlainText;
import fr.clocher.website.service.support.Violations;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current commune's images and documents.
 */
public class SiteFiles {

	public static final int MAX_ALT = 250;

	private static final List<String> IMAGE_TYPES = List.of("image/jpeg", "image/png", "image/gif");

	private static final String COLUMNS = "select id, kind, file_name, title, alt, content_type, width, height, size,"
			+ " created_at from website_file ";

	private final JdbcClient jdbc;

	private final WebsiteChanges changes;

	private final FileLimits limits;

	private final ObjectProvider<FileUsage> usages;

	private final Clock clock;

	SiteFiles(JdbcClient jdbc, WebsiteChanges changes, FileLimits limits, ObjectProvider<FileUsage> usages,
			Clock clock) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.limits = limits;
		this.usages = usages;
		this.clock = clock;
	}

	public UploadLimits limits() {
		return new UploadLimits(this.limits.maxImageBytes(), this.limits.maxDocumentBytes(), IMAGE_TYPES,
				DocumentType.contentTypes(), this.limits.imageWidth());
	}

	@Transactional(readOnly = true)
	public List<StoredFile> list(FileKind kind) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and kind = ? order by created_at desc, id")
			.params(TenantContext.require(), kind.name())
			.query(SiteFiles::row)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> find(FileKind kind, UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ? and kind = ?")
			.params(TenantContext.require(), id, kind.name())
			.query(SiteFiles::row)
			.optional();
	}

	@Transactional(readOnly = true)
	public StoredFile get(FileKind kind, UUID id) {
		return find(kind, id).orElseThrow(() -> notFound(kind, id));
	}

	/** The bytes to serve: the small version of an image when asked and there is one. */
	@Transactional(readOnly = true)
	public Optional<byte[]> content(UUID id, boolean small) {
		String column = small ? "coalesce(small_content, content)" : "content";
		return this.jdbc.sql("select " + column + " from website_file where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query((rs, i) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * Reads an uploaded file from the request body, never more than the limit of its
	 * kind: refused (413, naming the limit) at once when the declared length is over it,
	 * else as soon as the body passes it. Called outside any transaction, so that no
	 * database connection waits for a slow sender.
	 * @param kind what the file is to be
	 * @param body the request body
	 * @param declaredLength its {@code Content-Length}, or -1 when the sender did not say
	 * (a chunked body)
	 * @return the file's bytes, at most the limit
	 */
	public byte[] receive(FileKind kind, InputStream body, long declaredLength) {
		long max = max(kind);
		if (declaredLength > max) {
			throw tooLarge(kind, max);
		}
		byte[] content;
		try {
			content = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
		}
		catch (IOException ex) {
			throw ApiProblem.badRequest("upload-interrupted", "content",
					LocalizedText.of("L'envoi du fichier a été interrompu ; envoyez-le de nouveau.",
							"The file's upload was interrupted; send it again."));
		}
		checkSize(kind, content);
		return content;
	}

	@Transactional
	public StoredFile uploadImage(String fileName, String declaredType, String alt, byte[] content) {
		Violations violations = new Violations();
		String name = fileName(violations, fileName);
		String cleanAlt = PlainText.clean(alt);
		if (violations.required("alt", cleanAlt)) {
			violations.maxLength("alt", cleanAlt, MAX_ALT);
		}
		violations.throwIfAny();
		checkSize(FileKind.IMAGE, content);
		if (!ImageType.accepted(content)) {
			throw unsupported("unsupported-image-type", declaredType,
					LocalizedText.of("JPEG, PNG ou GIF", "JPEG, PNG or GIF"));
		}
		ImageResizer.Resized large;
		ImageResizer.Resized small;
		try {
			ImageResizer.Dimensions size = ImageResizer.dimensions(content);
			if (size == null) {
				throw unreadableImage();
			}
			if (size.pixels() > this.limits.maxImagePixels()) {
				throw tooManyPixels(size, this.limits.maxImagePixels());
			}
			BufferedImage image = ImageResizer.decode(content);
			large = ImageResizer.resize(image, this.limits.imageWidth());
			small = ImageResizer.resize(image, this.limits.smallImageWidth());
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ApiProblem problem) {
				throw problem;
			}
			throw unreadableImage();
		}
		String storedName = withExtension(name, large.contentType().equals("image/png") ? "png" : "jpg");
		UUID id = insert(FileKind.IMAGE, storedName, null, cleanAlt, large.contentType(), large.width(), large.height(),
				large.content(), small.content());
		this.changes.record(LocalizedText.of("Image « %s » ajoutée", "Image '%s' added").formatted(storedName));
		return get(FileKind.IMAGE, id);
	}

	@Transactional
	public StoredFile uploadDocument(String fileName, String declaredType, String title, byte[] content) {
		Violations violations = new Violations();
		String name = fileName(violations, fileName);
		String cleanTitle = PlainText.clean(title);
		violations.maxLength("title", cleanTitle, 200);
		violations.throwIfAny();
		checkSize(FileKind.DOCUMENT, content);
		Optional<DocumentType> type = DocumentType.of(name, content);
		if (type.isEmpty()) {
			throw unsupported("unsupported-attachment-type", declaredType,
					LocalizedText.of("PDF, OpenDocument (.odt, .ods) ou Word/Excel (.docx, .xlsx)",
							"PDF, OpenDocument (.odt, .ods) or Word/Excel (.docx, .xlsx)"));
		}
		String storedName = withExtension(name, type.get().extension());
		String shownTitle = (cleanTitle != null) ? cleanTitle : stripExtension(storedName);
		UUID id = insert(FileKind.DOCUMENT, storedName, shownTitle, null, type.get().contentType(), null, null, content,
				null);
		this.changes.record(LocalizedText.of("Document « %s » ajouté", "Document '%s' added").formatted(shownTitle));
		return get(FileKind.DOCUMENT, id);
	}

	@Transactional
	public StoredFile changeAlt(UUID id, String alt) {
		StoredFile image = get(FileKind.IMAGE, id);
		Violations violations = new Violations();
		String clean = PlainText.clean(alt);
		if (violations.required("alt", clean)) {
			violations.maxLength("alt", clean, MAX_ALT);
		}
		violations.throwIfAny();
		this.jdbc.sql("update website_file set alt = ? where tenant_id = ? and id = ?")
			.params(clean, TenantContext.require(), id)
			.update();
		this.changes.record(
				LocalizedText.of("Texte alternatif de l'image « %s » modifié", "Alternative text of image '%s' changed")
					.formatted(image.fileName()));
		return get(FileKind.IMAGE, id);
	}

	@Transactional
	public StoredFile changeTitle(UUID id, String title) {
		StoredFile document = get(FileKind.DOCUMENT, id);
		Violations violations = new Violations();
		String clean = PlainText.clean(title);
		if (violations.required("title", clean)) {
			violations.maxLength("title", clean, 200);
		}
		violations.throwIfAny();
		this.jdbc.sql("update website_file set title = ? where tenant_id = ? and id = ?")
			.params(clean, TenantContext.require(), id)
			.update();
		this.changes.record(LocalizedText.of("Document « %s » renommé « %s »", "Document '%s' renamed '%s'")
			.formatted(document.title(), clean));
		return get(FileKind.DOCUMENT, id);
	}

	@Transactional
	public void delete(FileKind kind, UUID id) {
		StoredFile file = get(kind, id);
		List<LocalizedText> uses = new ArrayList<>();
		for (FileUsage usage : this.usages.orderedStream().toList()) {
			uses.addAll(usage.usesOf(id, file.path()));
		}
		if (!uses.isEmpty()) {
			String code = (kind == FileKind.IMAGE) ? "image-in-use" : "attachment-in-use";
			throw ApiProblem.conflict(code, "id",
					LocalizedText
						.of("Ce fichier est utilisé par %s : retirez-le d'abord.",
								"This file is used by %2$s: remove it from there first.")
						.formatted(uses.stream().map(LocalizedText::fr).collect(Collectors.joining(", ")),
								uses.stream().map(LocalizedText::en).collect(Collectors.joining(", "))));
		}
		this.jdbc.sql("delete from website_file where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.update();
		this.changes
			.record(LocalizedText.of("Fichier « %s » supprimé", "File '%s' deleted").formatted(file.fileName()));
	}

	private UUID insert(FileKind kind, String fileName, String title, String alt, String contentType, Integer width,
			Integer height, byte[] content, byte[] small) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into website_file (tenant_id, id, kind, file_name, title, alt, content_type, width, height,
				    size, content, small_content, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(TenantContext.require(), id, kind.name(), fileName, title, alt, contentType, width, height,
					content.length, content, small, Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	private static String fileName(Violations violations, String fileName) {
		String name = PlainText.clean(fileName);
		if (!violations.required("fileName", name)) {
			return null;
		}
		// Only the last segment, in characters safe in a URL path and a download header.
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String safe = java.text.Normalizer.normalize(last, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9._-]+", "-")
			.replaceAll("^[-.]+", "");
		if (safe.isEmpty() || safe.length() > 150) {
			violations.add("fileName", "Nom de fichier invalide.", "Invalid file name.");
		}
		return safe.toLowerCase(Locale.ROOT);
	}

	private static String withExtension(String name, String extension) {
		return stripExtension(name) + "." + extension;
	}

	private static String stripExtension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private long max(FileKind kind) {
		return (kind == FileKind.IMAGE) ? this.limits.maxImageBytes() : this.limits.maxDocumentBytes();
	}

	private void checkSize(FileKind kind, byte[] content) {
		if (content == null || content.length == 0) {
			throw ApiProblem.badRequest("empty-file", "content",
					LocalizedText.of("Le fichier est vide.", "The file is empty."));
		}
		if (content.length > max(kind)) {
			throw tooLarge(kind, max(kind));
		}
	}

	private static ApiProblem tooLarge(FileKind kind, long max) {
		LocalizedText limit = ByteSizes.of(max);
		LocalizedText what = (kind == FileKind.IMAGE) ? LocalizedText.of("une image", "an image")
				: LocalizedText.of("un document", "a document");
		return ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "content",
				LocalizedText
					.of("Ce fichier est trop volumineux : %s peut faire au plus %s.",
							"This file is too large: %3$s may be at most %4$s.")
					.formatted(what.fr(), limit.fr(), what.en(), limit.en()));
	}

	private static ApiProblem tooManyPixels(ImageResizer.Dimensions size, long max) {
		LocalizedText limit = PixelCounts.of(max);
		return ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "image-too-large-in-pixels", "content", LocalizedText
			.of("Cette image fait %d × %d pixels ; une image peut en compter au plus %s : réduisez-la avant de l'envoyer.",
					"This image is %4$d × %5$d pixels; an image may have at most %6$s: reduce it before sending it.")
			.formatted(size.width(), size.height(), limit.fr(), size.width(), size.height(), limit.en()));
	}

	private static ApiProblem unreadableImage() {
		return ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-image", "content",
				LocalizedText.of("Cette image est illisible ou abîmée.", "This image is unreadable or damaged."));
	}

	private static ApiProblem unsupported(String code, String declaredType, LocalizedText accepted) {
		String declared = (declaredType != null && !declaredType.isBlank()) ? declaredType.strip() : "?";
		return ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, code, "content",
				LocalizedText
					.of("Ce type de fichier n'est pas accepté (%s) ; types acceptés : %s.",
							"This type of file is not accepted (%3$s); accepted types: %4$s.")
					.formatted(declared, accepted.fr(), declared, accepted.en()));
	}

	private static ApiProblem notFound(FileKind kind, UUID id) {
		return (kind == FileKind.IMAGE)
				? ApiProblem.notFound("image-not-found", "id",
						LocalizedText.of("Aucune image n'a l'identifiant %s.", "No image has the id %s.").formatted(id))
				: ApiProblem.notFound("attachment-not-found", "id",
						LocalizedText.of("Aucun document n'a l'identifiant %s.", "No document has the id %s.")
							.formatted(id));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static StoredFile row(ResultSet rs, int i) throws SQLException {
		return new StoredFile(rs.getObject("id", UUID.class), FileKind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), rs.getString("title"), rs.getString("alt"), rs.getString("content_type"),
				(Integer) rs.getObject("width"), (Integer) rs.getObject("height"), rs.getLong("size"),
				instant(rs, "created_at"));
	}

	static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
