package fr.clocher.website.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A page in the list of pages.
 *
 * @param id the page
 * @param slug the last part of its address ({@code /pages/<slug>})
 * @param title its draft title
 * @param status draft, published, or published with changes not published yet
 * @param updatedAt when the draft was last saved
 * @param publishedAt when it was last published, null if it is not public
 * @param publicPath its site-relative address ({@code /pages/<slug>}), to link to it
 */
public record PageSummary(UUID id, String slug, String title, PageStatus status, Instant updatedAt, Instant publishedAt,
		String publicPath) {

}
