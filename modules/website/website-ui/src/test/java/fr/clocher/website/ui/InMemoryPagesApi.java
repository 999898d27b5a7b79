package fr.clocher.website.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageDraft;
import fr.clocher.website.api.PagePreview;
import fr.clocher.website.api.PageStatus;
import fr.clocher.website.api.PageSummary;
import fr.clocher.website.api.PagesApi;

/**
 * The pages of one commune in memory, recording every call that changes them; a failure
 * set by a test is thrown by the next change instead.
 */
public class InMemoryPagesApi implements PagesApi {

	public final Map<UUID, Page> pages = new LinkedHashMap<>();

	public final List<String> calls = new ArrayList<>();

	public RuntimeException failure;

	void reset() {
		this.pages.clear();
		this.calls.clear();
		this.failure = null;
	}

	/** Adds a page as the commune already has it. */
	public Page add(String title, String slug, PageStatus status) {
		Page page = new Page(UUID.randomUUID(), slug, title, "", "<p>" + title + "</p>", status, Instant.now(),
				Instant.now(), (status != PageStatus.DRAFT) ? Instant.now() : null, "/pages/" + slug,
				"http://saint-martin.clocher.localhost:8080/pages/" + slug);
		this.pages.put(page.id(), page);
		return page;
	}

	@Override
	public List<PageSummary> pages(String tenant) {
		return this.pages.values()
			.stream()
			.sorted(Comparator.comparing(Page::title))
			.map((page) -> new PageSummary(page.id(), page.slug(), page.title(), page.status(), page.updatedAt(),
					page.publishedAt(), page.publicPath()))
			.toList();
	}

	@Override
	public Page page(String tenant, UUID id) {
		return this.pages.get(id);
	}

	@Override
	public Page createPage(String tenant, PageDraft draft) {
		change(tenant + " create " + draft.title());
		return store(add(draft.title(), draft.slug(), PageStatus.DRAFT), draft, PageStatus.DRAFT);
	}

	@Override
	public Page updatePage(String tenant, UUID id, PageDraft draft) {
		change(tenant + " update " + draft.title());
		Page page = this.pages.get(id);
		return store(page, draft, (page.status() == PageStatus.DRAFT) ? PageStatus.DRAFT : PageStatus.CHANGED);
	}

	@Override
	public void deletePage(String tenant, UUID id) {
		change(tenant + " delete " + this.pages.get(id).title());
		this.pages.remove(id);
	}

	@Override
	public Page publishPage(String tenant, UUID id) {
		change(tenant + " publish " + this.pages.get(id).title());
		return store(this.pages.get(id), null, PageStatus.PUBLISHED);
	}

	@Override
	public Page unpublishPage(String tenant, UUID id) {
		change(tenant + " unpublish " + this.pages.get(id).title());
		return store(this.pages.get(id), null, PageStatus.DRAFT);
	}

	@Override
	public PagePreview previewPage(String tenant, UUID id) {
		return new PagePreview("<html>" + this.pages.get(id).body() + "</html>");
	}

	@Override
	public PagePreview previewDraft(String tenant, PageDraft draft) {
		return new PagePreview("<html>" + draft.body() + "</html>");
	}

	private void change(String call) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.calls.add(call);
	}

	private Page store(Page page, PageDraft draft, PageStatus status) {
		Page changed = new Page(page.id(), (draft != null) ? draft.slug() : page.slug(),
				(draft != null) ? draft.title() : page.title(), (draft != null) ? draft.summary() : page.summary(),
				(draft != null) ? draft.body() : page.body(), status, page.createdAt(), Instant.now(),
				(status == PageStatus.DRAFT) ? null : Instant.now(), page.publicPath(), page.publicUrl());
		this.pages.put(changed.id(), changed);
		return changed;
	}

}
