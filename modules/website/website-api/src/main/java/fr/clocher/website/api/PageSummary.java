package fr.clocher.website.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A page in the list of pages.
 *
 * @param id the page
 * @param slug the last part of the draft's address ({@code /pages/<slug>} once published)
 * @param title its draft title
 * @param status draft, published, or published with changes not published yet
 * @param updatedAt when the draft was last saved
 * @param publishedAt when it was last published, null if it is not public
 * @param publicPath its site-relative address, to link to it: the published one while it
 * is published (see {@link Page#publicPath()})
 */
public record PageSummary(UUID id, String slug, String title, PageStatus status, Instant updatedAt, Instant publishedAt,
		String publicPath) {

}
