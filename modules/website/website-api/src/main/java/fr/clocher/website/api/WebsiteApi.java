package fr.clocher.website.api;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * A commune's public website, for its secretaries (and operators). {@code tenant} is the
 * commune's slug. Every method answers 404 {@code module-not-enabled} when the commune
 * has switched the website off, and 403 for someone who does not serve the commune.
 *
 * <p>
 * Problem codes common to several methods: {@code invalid-request} (fields refused, each
 * one named in {@code errors}), {@code page-not-found}, {@code image-not-found},
 * {@code attachment-not-found} (404).
 */
@HttpExchange("/api/tenants/{tenant}/website")
public interface WebsiteApi {

	/**
	 * The site at a glance: its addresses, version, the host, the upload limits, and the
	 * site's own pages a menu or a link may point to.
	 * @param tenant the commune's slug
	 * @return the overview
	 */
	@GetExchange
	SiteOverview overview(@PathVariable("tenant") String tenant);

	// Pages written by the secretary

	/**
	 * Every page, published or not, by title.
	 * @param tenant the commune's slug
	 * @return the pages
	 */
	@GetExchange("/pages")
	List<PageSummary> pages(@PathVariable("tenant") String tenant);

	/**
	 * One page as the secretary edits it (the draft, which is the published text unless
	 * the status is {@link PageStatus#CHANGED}).
	 * @param tenant the commune's slug
	 * @param id the page
	 * @return the page
	 */
	@GetExchange("/pages/{id}")
	Page page(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Creates a page as a draft (not public until published). Refused with
	 * {@code slug-taken} (409) when another page has the slug, as its draft's address or
	 * as the address it is published at, naming it; {@code invalid-request} (400) for a
	 * missing title, a malformed slug, an image without alternative text.
	 * @param tenant the commune's slug
	 * @param draft the page's content
	 * @return the page created (201)
	 */
	@PostExchange("/pages")
	Page createPage(@PathVariable("tenant") String tenant, @RequestBody PageDraft draft);

	/**
	 * Saves the page's draft. A published page stays public with its published text, at
	 * its published address, and becomes {@link PageStatus#CHANGED} until published
	 * again: a new slug becomes its address only then (the old address then answers 404).
	 * Same refusals as {@link #createPage}.
	 * @param tenant the commune's slug
	 * @param id the page
	 * @param draft the page's new content
	 * @return the page
	 */
	@PutExchange("/pages/{id}")
	Page updatePage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id, @RequestBody PageDraft draft);

	/**
	 * Deletes a page, published or not, and removes it from the menu and the quick links.
	 * @param tenant the commune's slug
	 * @param id the page
	 */
	@DeleteExchange("/pages/{id}")
	void deletePage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Makes the draft public, at the draft's slug: {@link Page#publicPath()} then names
	 * it.
	 * @param tenant the commune's slug
	 * @param id the page
	 * @return the page, {@link PageStatus#PUBLISHED}
	 */
	@PostExchange("/pages/{id}/publish")
	Page publishPage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Takes the page off the public site; the draft is kept.
	 * @param tenant the commune's slug
	 * @param id the page
	 * @return the page, {@link PageStatus#DRAFT}
	 */
	@PostExchange("/pages/{id}/unpublish")
	Page unpublishPage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The saved draft as residents would see it once published, in the commune's frame.
	 * @param tenant the commune's slug
	 * @param id the page
	 * @return a complete HTML document
	 */
	@GetExchange("/pages/{id}/preview")
	PagePreview previewPage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Content not saved yet as residents would see it, in the commune's frame; nothing is
	 * stored. The body is sanitized as it would be on saving; an empty title is shown as
	 * such, not refused.
	 * @param tenant the commune's slug
	 * @param draft the content being edited
	 * @return a complete HTML document
	 */
	@PostExchange("/pages/preview")
	PagePreview previewDraft(@PathVariable("tenant") String tenant, @RequestBody PageDraft draft);

	// Menu and home page

	/**
	 * The site's menu.
	 * @param tenant the commune's slug
	 * @return the menu, in order
	 */
	@GetExchange("/menu")
	Menu menu(@PathVariable("tenant") String tenant);

	/**
	 * Replaces the whole menu (order = list order). Refused ({@code invalid-request}) for
	 * a second level of nesting, an unknown page, a link that is neither
	 * {@code http(s)://} nor a site path, a missing label; field names are like
	 * {@code entries[1].children[0].url}. An entry pointing to an unpublished page is
	 * kept but shown to residents only once the page is published.
	 * @param tenant the commune's slug
	 * @param menu the new menu
	 * @return the menu saved
	 */
	@PutExchange("/menu")
	Menu updateMenu(@PathVariable("tenant") String tenant, @RequestBody Menu menu);

	/**
	 * The home page's own content: a welcome text and quick links.
	 * @param tenant the commune's slug
	 * @return the home content
	 */
	@GetExchange("/home")
	HomeContent home(@PathVariable("tenant") String tenant);

	/**
	 * Replaces the home page's content. Same link rules as the menu
	 * ({@code quickLinks[0].url}).
	 * @param tenant the commune's slug
	 * @param home the new content
	 * @return the content saved (welcome text sanitized)
	 */
	@PutExchange("/home")
	HomeContent updateHome(@PathVariable("tenant") String tenant, @RequestBody HomeContent home);

	// Town hall, theme, council

	/**
	 * The town hall's address, contacts and opening hours.
	 * @param tenant the commune's slug
	 * @return the information, empty fields where none was given
	 */
	@GetExchange("/town-hall")
	TownHall townHall(@PathVariable("tenant") String tenant);

	/**
	 * Replaces the town hall information. Refused ({@code invalid-request}) for a
	 * malformed e-mail, phone or postal code, a slot that closes before it opens,
	 * overlapping slots, a day given twice, an exception ending before it starts.
	 * @param tenant the commune's slug
	 * @param townHall the new information
	 * @return the information saved (phone normalized, days in week order)
	 */
	@PutExchange("/town-hall")
	TownHall updateTownHall(@PathVariable("tenant") String tenant, @RequestBody TownHall townHall);

	/**
	 * The site's theme.
	 * @param tenant the commune's slug
	 * @return the theme (the platform's colour until one is chosen)
	 */
	@GetExchange("/theme")
	Theme theme(@PathVariable("tenant") String tenant);

	/**
	 * Changes the theme. A colour that does not reach the WCAG AA contrast of 4.5:1
	 * against white is refused with {@code contrast-too-low} (422), the reason giving the
	 * ratio found; {@code image-not-found} for an unknown logo or header image.
	 * @param tenant the commune's slug
	 * @param theme the new theme
	 * @return the theme saved (colour in lower-case {@code #rrggbb})
	 */
	@PutExchange("/theme")
	Theme updateTheme(@PathVariable("tenant") String tenant, @RequestBody Theme theme);

	/**
	 * The mayor and the council members, in the order shown.
	 * @param tenant the commune's slug
	 * @return the council
	 */
	@GetExchange("/council")
	Council council(@PathVariable("tenant") String tenant);

	/**
	 * Replaces the council (order = list order). Refused ({@code invalid-request}) for a
	 * missing name, two mayors, an unknown photo ({@code members[2].photoId}).
	 * @param tenant the commune's slug
	 * @param council the new council
	 * @return the council saved
	 */
	@PutExchange("/council")
	Council updateCouncil(@PathVariable("tenant") String tenant, @RequestBody Council council);

	// Generated pages: written from the commune's data, edited field by field

	/**
	 * The legal notices as published, with the generated text of each field.
	 * @param tenant the commune's slug
	 * @return values, defaults and which fields are edited
	 */
	@GetExchange("/generated/legal-notices")
	GeneratedPage<LegalNoticesFields> legalNotices(@PathVariable("tenant") String tenant);

	/**
	 * Saves the legal notices: a field equal to its generated text, blank or null follows
	 * the commune's data again; only the others are stored as edits.
	 * @param tenant the commune's slug
	 * @param fields the fields as shown to the secretary
	 * @return values, defaults and which fields are edited
	 */
	@PutExchange("/generated/legal-notices")
	GeneratedPage<LegalNoticesFields> updateLegalNotices(@PathVariable("tenant") String tenant,
			@RequestBody LegalNoticesFields fields);

	/**
	 * Forgets every edit of the legal notices.
	 * @param tenant the commune's slug
	 * @return the generated page
	 */
	@DeleteExchange("/generated/legal-notices")
	GeneratedPage<LegalNoticesFields> resetLegalNotices(@PathVariable("tenant") String tenant);

	/**
	 * The privacy page (personal data: what, why, how long, rights, contact).
	 * @param tenant the commune's slug
	 * @return values, defaults and which fields are edited
	 */
	@GetExchange("/generated/privacy")
	GeneratedPage<PrivacyFields> privacy(@PathVariable("tenant") String tenant);

	/**
	 * Saves the privacy page, storing only what differs from the generated text.
	 * @param tenant the commune's slug
	 * @param fields the fields as shown to the secretary
	 * @return values, defaults and which fields are edited
	 */
	@PutExchange("/generated/privacy")
	GeneratedPage<PrivacyFields> updatePrivacy(@PathVariable("tenant") String tenant,
			@RequestBody PrivacyFields fields);

	/**
	 * Forgets every edit of the privacy page.
	 * @param tenant the commune's slug
	 * @return the generated page
	 */
	@DeleteExchange("/generated/privacy")
	GeneratedPage<PrivacyFields> resetPrivacy(@PathVariable("tenant") String tenant);

	/**
	 * The accessibility statement (RGAA).
	 * @param tenant the commune's slug
	 * @return values, defaults and which fields are edited
	 */
	@GetExchange("/generated/accessibility")
	GeneratedPage<AccessibilityFields> accessibility(@PathVariable("tenant") String tenant);

	/**
	 * Saves the accessibility statement, storing only what differs from the generated
	 * text. Refused ({@code invalid-request}) for a rate outside 0–100, a rate without an
	 * audit date, a malformed contact e-mail.
	 * @param tenant the commune's slug
	 * @param fields the fields as shown to the secretary
	 * @return values, defaults and which fields are edited
	 */
	@PutExchange("/generated/accessibility")
	GeneratedPage<AccessibilityFields> updateAccessibility(@PathVariable("tenant") String tenant,
			@RequestBody AccessibilityFields fields);

	/**
	 * Forgets every edit of the accessibility statement.
	 * @param tenant the commune's slug
	 * @return the generated page
	 */
	@DeleteExchange("/generated/accessibility")
	GeneratedPage<AccessibilityFields> resetAccessibility(@PathVariable("tenant") String tenant);

	// Images and attachments: the file is the request body (application/octet-stream).
	// The
	// server reads it as a stream and stops at the limit; a client sends bytes through
	// the
	// byte[] overloads.

	/**
	 * The commune's images, newest first.
	 * @param tenant the commune's slug
	 * @return the images
	 */
	@GetExchange("/images")
	List<ImageInfo> images(@PathVariable("tenant") String tenant);

	/**
	 * Uploads an image: the file's bytes are the request body. It is checked by its
	 * content (JPEG, PNG or GIF; GIF is stored as PNG), re-encoded without its metadata
	 * and resized (at most {@link UploadLimits#maxImageWidth()} wide, plus a small
	 * version). Refused with {@code file-too-large} (413, naming the limit; at once when
	 * {@code Content-Length} is over it, else as soon as the body passes it),
	 * {@code image-too-large-in-pixels} (422, naming the limit) when its header declares
	 * more pixels than {@code clocher.website.max-image-pixels} (it is then not decoded),
	 * {@code unreadable-image} (422), {@code unsupported-image-type} (415, naming the
	 * accepted types), {@code empty-file} (400), {@code invalid-request} (400) for a
	 * blank alternative text or file name.
	 * @param tenant the commune's slug
	 * @param fileName the file's name on the secretary's computer
	 * @param contentType the type the browser gave (checked against the content; may be
	 * null)
	 * @param alt the alternative text read to people who cannot see the image
	 * @param content the file, read as a stream
	 * @return the image stored (201)
	 */
	@PostExchange("/images")
	ImageInfo uploadImage(@PathVariable("tenant") String tenant, @RequestParam("fileName") String fileName,
			@RequestParam(name = "contentType", required = false) String contentType, @RequestParam("alt") String alt,
			@RequestBody(required = false) InputStreamResource content);

	/**
	 * Uploads an image from its bytes:
	 * {@link #uploadImage(String, String, String, String, InputStreamResource)} for a
	 * client.
	 * @param tenant the commune's slug
	 * @param fileName the file's name on the secretary's computer
	 * @param contentType the type the browser gave (may be null)
	 * @param alt the alternative text read to people who cannot see the image
	 * @param content the file
	 * @return the image stored
	 */
	default ImageInfo uploadImage(String tenant, String fileName, String contentType, String alt, byte[] content) {
		return uploadImage(tenant, fileName, contentType, alt, body(content));
	}

	/**
	 * Changes an image's alternative text.
	 * @param tenant the commune's slug
	 * @param id the image
	 * @param change the new text
	 * @return the image
	 */
	@PutExchange("/images/{id}")
	ImageInfo updateImage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody ImageChange change);

	/**
	 * Deletes an image. Refused with {@code image-in-use} (409) while the theme, the
	 * council or a page uses it, naming where.
	 * @param tenant the commune's slug
	 * @param id the image
	 */
	@DeleteExchange("/images/{id}")
	void deleteImage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The commune's documents (council minutes, forms...), newest first.
	 * @param tenant the commune's slug
	 * @return the attachments
	 */
	@GetExchange("/attachments")
	List<AttachmentInfo> attachments(@PathVariable("tenant") String tenant);

	/**
	 * Uploads a document: the file's bytes are the request body. Checked by its content
	 * (PDF, OpenDocument text/spreadsheet, Word/Excel OOXML). Refused with
	 * {@code file-too-large} (413, naming the limit; at once when {@code Content-Length}
	 * is over it, else as soon as the body passes it),
	 * {@code unsupported-attachment-type} (415, naming the accepted types),
	 * {@code empty-file} (400), {@code invalid-request} (400) for a blank file name.
	 * @param tenant the commune's slug
	 * @param fileName the file's name (kept for the download)
	 * @param contentType the type the browser gave (checked against the content; may be
	 * null)
	 * @param title what the link says (the file name without its extension when blank)
	 * @param content the file, read as a stream
	 * @return the attachment stored (201)
	 */
	@PostExchange("/attachments")
	AttachmentInfo uploadAttachment(@PathVariable("tenant") String tenant, @RequestParam("fileName") String fileName,
			@RequestParam(name = "contentType", required = false) String contentType,
			@RequestParam(name = "title", required = false) String title,
			@RequestBody(required = false) InputStreamResource content);

	/**
	 * Uploads a document from its bytes:
	 * {@link #uploadAttachment(String, String, String, String, InputStreamResource)} for
	 * a client.
	 * @param tenant the commune's slug
	 * @param fileName the file's name (kept for the download)
	 * @param contentType the type the browser gave (may be null)
	 * @param title what the link says (the file name without its extension when blank)
	 * @param content the file
	 * @return the attachment stored
	 */
	default AttachmentInfo uploadAttachment(String tenant, String fileName, String contentType, String title,
			byte[] content) {
		return uploadAttachment(tenant, fileName, contentType, title, body(content));
	}

	/**
	 * Renames a document (its title; the file name stays).
	 * @param tenant the commune's slug
	 * @param id the attachment
	 * @param change the new title
	 * @return the attachment
	 */
	@PutExchange("/attachments/{id}")
	AttachmentInfo updateAttachment(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody AttachmentChange change);

	/**
	 * Deletes a document. Refused with {@code attachment-in-use} (409) while a page links
	 * to it, naming the page.
	 * @param tenant the commune's slug
	 * @param id the attachment
	 */
	@DeleteExchange("/attachments/{id}")
	void deleteAttachment(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Bytes as an upload's body. The server reads the body as a stream only when the
	 * parameter is exactly an {@link InputStreamResource}; this one also tells its
	 * length, so that the client sends a {@code Content-Length}.
	 */
	private static InputStreamResource body(byte[] content) {
		if (content == null) {
			return null;
		}
		return new InputStreamResource(() -> new ByteArrayInputStream(content)) {

			@Override
			public long contentLength() {
				return content.length;
			}

		};
	}

}
