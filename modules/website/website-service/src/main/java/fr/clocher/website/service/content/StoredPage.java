package fr.clocher.website.service.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import fr.clocher.website.api.PageStatus;

/**
 * A page row: its draft and its published copy (null fields while not public). The
 * draft's slug becomes the page's address only when the page is published.
 */
public record StoredPage(UUID id, String slug, String title, String summary, String body, String publishedSlug,
		String publishedTitle, String publishedSummary, String publishedBody, Instant publishedAt, Instant createdAt,
		Instant updatedAt) {

	public PageStatus status() {
		if (this.publishedAt == null) {
			return PageStatus.DRAFT;
		}
		boolean same = Objects.equals(this.slug, this.publishedSlug) && Objects.equals(this.title, this.publishedTitle)
				&& Objects.equals(this.summary, this.publishedSummary) && Objects.equals(this.body, this.publishedBody);
		return same ? PageStatus.PUBLISHED : PageStatus.CHANGED;
	}

	public boolean published() {
		return this.publishedAt != null;
	}

	/**
	 * Where residents read the page: its published address, or the draft's until then.
	 */
	public String publicPath() {
		return "/pages/" + ((this.publishedSlug != null) ? this.publishedSlug : this.slug);
	}

	/** The address the draft will have once published. */
	public String draftPath() {
		return "/pages/" + this.slug;
	}

}
