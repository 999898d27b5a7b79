package fr.clocher.website.service.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Slugs;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.website.api.PageDraft;
import fr.clocher.website.service.support.PlainText;
import fr.clocher.website.service.support.Violations;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretary's pages: a draft she saves as often as she likes, a published copy
 * residents read. Every write checks everything first, then writes in one transaction.
 */
public class Pages {

	static final int MAX_TITLE = 150;

	static final int MAX_SUMMARY = 300;

	static final int MAX_BODY = 200_000;

	private final PageStore store;

	private final WebsiteChanges changes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Pages(PageStore store, WebsiteChanges changes, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StoredPage> all() {
		return this.store.all();
	}

	@Transactional(readOnly = true)
	public StoredPage get(UUID id) {
		return this.store.find(id).orElseThrow(() -> notFound(id));
	}

	@Transactional(readOnly = true)
	public Optional<StoredPage> find(UUID id) {
		return this.store.find(id);
	}

	@Transactional
	public StoredPage create(PageDraft draft) {
		Clean clean = validate(draft, null);
		Instant now = this.clock.instant();
		StoredPage page = new StoredPage(UUID.randomUUID(), clean.slug(), clean.title(), clean.summary(), clean.body(),
				null, null, null, null, null, now, now);
		this.store.insert(page);
		this.changes.record(LocalizedText.of("Page « %s » créée", "Page '%s' created").formatted(clean.title()));
		return get(page.id());
	}

	@Transactional
	public StoredPage update(UUID id, PageDraft draft) {
		get(id);
		Clean clean = validate(draft, id);
		this.store.updateDraft(id, clean.slug(), clean.title(), clean.summary(), clean.body(), this.clock.instant());
		this.changes.record(LocalizedText.of("Page « %s » modifiée", "Page '%s' edited").formatted(clean.title()));
		return get(id);
	}

	@Transactional
	public StoredPage publish(UUID id) {
		StoredPage page = get(id);
		this.store.publish(id, this.clock.instant());
		this.changes.record(LocalizedText.of("Page « %s » publiée", "Page '%s' published").formatted(page.title()));
		if (page.published() && !page.slug().equals(page.publishedSlug())) {
			this.changes.record(LocalizedText
				.of("Adresse de la page « %s » changée de %s en %s", "Address of page '%s' changed from %s to %s")
				.formatted(page.title(), page.publicPath(), page.draftPath()));
		}
		return get(id);
	}

	@Transactional
	public StoredPage unpublish(UUID id) {
		StoredPage page = get(id);
		this.store.unpublish(id);
		this.changes.record(LocalizedText.of("Page « %s » dépubliée", "Page '%s' unpublished").formatted(page.title()));
		return get(id);
	}

	@Transactional
	public void delete(UUID id) {
		StoredPage page = get(id);
		this.store.delete(id);
		this.events.publishEvent(new PageDeleted(TenantContext.require(), id, page.title()));
		this.changes.record(LocalizedText.of("Page « %s » supprimée", "Page '%s' deleted").formatted(page.title()));
	}

	/** The draft cleaned as it would be saved, without checking it. */
	public static PageDraft cleaned(PageDraft draft) {
		return new PageDraft(PlainText.clean(draft.title()), draft.slug(), PlainText.clean(draft.summary()),
				RichText.sanitize(draft.body()));
	}

	private Clean validate(PageDraft draft, UUID self) {
		Violations violations = new Violations();
		if (draft == null) {
			violations.required("title", null);
			violations.throwIfAny();
		}
		String title = PlainText.clean(draft.title());
		if (violations.required("title", title)) {
			title = title.replace('\n', ' ');
			violations.maxLength("title", title, MAX_TITLE);
		}
		String summary = PlainText.clean(draft.summary());
		violations.maxLength("summary", summary, MAX_SUMMARY);
		violations.maxLength("body", draft.body(), MAX_BODY);
		String body = RichText.sanitize(draft.body());
		int missingAlt = RichText.imagesWithoutAlt(body);
		if (missingAlt > 0) {
			violations.add("body", LocalizedText
				.of("%d image(s) sans texte alternatif : décrivez chaque image pour les personnes qui ne la voient pas.",
						"%d image(s) without alternative text: describe each image for people who cannot see it.")
				.formatted(missingAlt));
		}
		String slug = (draft.slug() == null || draft.slug().isBlank()) ? ((title != null) ? Slugs.PAGE.of(title) : null)
				: draft.slug().strip();
		if (slug != null && !Slugs.PAGE.isValid(slug)) {
			violations.add("slug", "Lettres minuscules sans accent, chiffres et tirets, 80 caractères au plus.",
					"Lower-case letters without accents, digits and dashes, at most 80 characters.");
			slug = null;
		}
		violations.throwIfAny();
		if (slug != null) {
			checkFree(slug, self);
		}
		return new Clean(title, slug, summary, body);
	}

	/**
	 * Refuses a slug another page has, as its draft's address or as the address it is
	 * published at (which it keeps until its new one is published).
	 */
	private void checkFree(String slug, UUID self) {
		Optional<StoredPage> other = this.store.holding(slug)
			.stream()
			.filter((page) -> !page.id().equals(self))
			.findFirst();
		if (other.isEmpty()) {
			return;
		}
		if (other.get().slug().equals(slug)) {
			throw ApiProblem.conflict("slug-taken", "slug", LocalizedText.of(
					"L'adresse /pages/%s est déjà celle de la page « %s ». Choisissez une autre adresse ou renommez l'autre page.",
					"The address /pages/%s already belongs to page '%s'. Choose another address or rename the other page.")
				.formatted(slug, other.get().title()));
		}
		throw ApiProblem.conflict("slug-taken", "slug", LocalizedText.of(
				"L'adresse /pages/%s est encore celle de la page « %s », jusqu'à ce que sa nouvelle adresse soit publiée. Choisissez une autre adresse ou publiez d'abord l'autre page.",
				"The address /pages/%s still belongs to page '%s' until its new address is published. Choose another address or publish the other page first.")
			.formatted(slug, other.get().title()));
	}

	private static ApiProblem notFound(UUID id) {
		return ApiProblem.notFound("page-not-found", "id",
				LocalizedText.of("Aucune page n'a l'identifiant %s.", "No page has the id %s.").formatted(id));
	}

	private record Clean(String title, String slug, String summary, String body) {
	}

}
