package fr.clocher.website.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A page as the secretary edits it: its draft, and where it stands.
 *
 * @param id the page
 * @param slug the last part of the draft's address: lower-case letters, digits and dashes
 * (the page's address once published)
 * @param title the draft title (the page's heading)
 * @param summary the draft summary, one or two plain sentences for search engines and
 * link previews (may be empty)
 * @param body the draft body, sanitized HTML (see the package description)
 * @param status draft, published, or published with changes not published yet
 * @param createdAt when the page was created
 * @param updatedAt when the draft was last saved
 * @param publishedAt when it was last published, null if it is not public
 * @param publicPath its site-relative address: where residents read it while it is
 * published (at its published slug until a new slug is published), else where they will
 * ({@code /pages/<slug>})
 * @param publicUrl the same address on the commune's host, to open it
 */
public record Page(UUID id, String slug, String title, String summary, String body, PageStatus status,
		Instant createdAt, Instant updatedAt, Instant publishedAt, String publicPath, String publicUrl) {

}
