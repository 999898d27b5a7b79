package fr.clocher.website.service.content;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageDraft;
import fr.clocher.website.api.PagePreview;
import fr.clocher.website.api.PageSummary;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.service.publicsite.WebsitePublicPages;
import fr.clocher.website.service.support.SiteUrls;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretary's pages over HTTP: written, published, previewed in the commune's frame.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class PagesController implements PagesApi {

	private final Pages pages;

	private final SiteUrls site;

	private final ObjectProvider<SiteRenderer> renderer;

	private final WebsitePublicPages publicPages;

	PagesController(Pages pages, SiteUrls site, ObjectProvider<SiteRenderer> renderer, WebsitePublicPages publicPages) {
		this.pages = pages;
		this.site = site;
		this.renderer = renderer;
		this.publicPages = publicPages;
	}

	@Override
	public List<PageSummary> pages(String tenant) {
		return this.pages.all()
			.stream()
			.map((page) -> new PageSummary(page.id(), page.slug(), page.title(), page.status(), page.updatedAt(),
					page.publishedAt(), page.publicPath()))
			.toList();
	}

	@Override
	public Page page(String tenant, UUID id) {
		return page(this.pages.get(id));
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public Page createPage(String tenant, PageDraft draft) {
		return page(this.pages.create(draft));
	}

	@Override
	public Page updatePage(String tenant, UUID id, PageDraft draft) {
		return page(this.pages.update(id, draft));
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void deletePage(String tenant, UUID id) {
		this.pages.delete(id);
	}

	@Override
	public Page publishPage(String tenant, UUID id) {
		return page(this.pages.publish(id));
	}

	@Override
	public Page unpublishPage(String tenant, UUID id) {
		return page(this.pages.unpublish(id));
	}

	@Override
	@Transactional(readOnly = true)
	public PagePreview previewPage(String tenant, UUID id) {
		StoredPage page = this.pages.get(id);
		return preview(page.draftPath(), new PageDraft(page.title(), page.slug(), page.summary(), page.body()));
	}

	@Override
	@Transactional(readOnly = true)
	public PagePreview previewDraft(String tenant, PageDraft draft) {
		PageDraft clean = Pages.cleaned((draft != null) ? draft : new PageDraft(null, null, null, null));
		return preview("/pages/apercu", clean);
	}

	private PagePreview preview(String path, PageDraft draft) {
		SiteRenderer renderer = this.renderer.getIfAvailable();
		var page = this.publicPages.preview(draft.title(), draft.summary(), draft.body());
		String html = (renderer != null) ? renderer.preview(this.site.request(path), page) : page.bodyHtml();
		return new PagePreview(html);
	}

	private Page page(StoredPage page) {
		return new Page(page.id(), page.slug(), page.title(), page.summary(), page.body(), page.status(),
				page.createdAt(), page.updatedAt(), page.publishedAt(), page.publicPath(),
				this.site.url(page.publicPath()));
	}

}
