package fr.clocher.website.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.kernel.site.SiteVersion;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.AttachmentChange;
import fr.clocher.website.api.AttachmentInfo;
import fr.clocher.website.api.Council;
import fr.clocher.website.api.GeneratedPage;
import fr.clocher.website.api.HomeContent;
import fr.clocher.website.api.ImageChange;
import fr.clocher.website.api.ImageInfo;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.api.Menu;
import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageDraft;
import fr.clocher.website.api.PagePreview;
import fr.clocher.website.api.PageSummary;
import fr.clocher.website.api.PrivacyFields;
import fr.clocher.website.api.SiteOverview;
import fr.clocher.website.api.SitePath;
import fr.clocher.website.api.Theme;
import fr.clocher.website.api.TownHall;
import fr.clocher.website.api.WebsiteApi;
import fr.clocher.website.service.content.Pages;
import fr.clocher.website.service.content.StoredPage;
import fr.clocher.website.service.files.FileKind;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.files.StoredFile;
import fr.clocher.website.service.generated.Generated;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.publicsite.WebsitePublicPages;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.HomeSettings;
import fr.clocher.website.service.settings.MenuSettings;
import fr.clocher.website.service.settings.ThemeSettings;
import fr.clocher.website.service.settings.TownHallSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The website API of the commune in the path (resolved by the tenant filter, membership
 * checked by the security rules, the module's activation by the kernel's guard).
 */
@RestController
@ModuleEndpoint(WebsiteModule.KEY)
class WebsiteController implements WebsiteApi {

	private final Pages pages;

	private final MenuSettings menu;

	private final HomeSettings home;

	private final TownHallSettings townHall;

	private final ThemeSettings theme;

	private final CouncilSettings council;

	private final GeneratedPages generated;

	private final SiteFiles files;

	private final Collaborators site;

	WebsiteController(Pages pages, MenuSettings menu, HomeSettings home, TownHallSettings townHall, ThemeSettings theme,
			CouncilSettings council, GeneratedPages generated, SiteFiles files, Collaborators site) {
		this.pages = pages;
		this.menu = menu;
		this.home = home;
		this.townHall = townHall;
		this.theme = theme;
		this.council = council;
		this.generated = generated;
		this.files = files;
		this.site = site;
	}

	/** What the controller needs from the kernel's site. */
	record Collaborators(TenantDirectory directory, SiteAddresses addresses, SiteVersions versions,
			ObjectProvider<SiteRenderer> renderer, ObjectProvider<SitePages> sitePages, ModuleActivations activations) {

		TenantRef tenant() {
			return this.directory.byId(TenantContext.require()).orElseThrow();
		}

		String url(String sitePath) {
			return this.addresses.canonicalBase(tenant()) + sitePath;
		}

	}

	@Override
	@Transactional(readOnly = true)
	public SiteOverview overview(String tenant) {
		TenantRef ref = this.site.tenant();
		SiteVersion version = this.site.versions().current();
		List<SitePath> paths = new ArrayList<>();
		var request = this.site.addresses().request(ref, "/");
		this.site.sitePages()
			.orderedStream()
			.filter((pages) -> this.site.activations().isEnabled(pages.moduleKey()))
			.flatMap((pages) -> pages.linkable(request).stream())
			.forEach((link) -> paths.add(new SitePath(link.label(), link.href())));
		return new SiteOverview(this.site.url("/"), ref.active(), version.version(), version.changedAt(),
				this.generated.host(), this.files.limits(), paths);
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
		SiteRenderer renderer = this.site.renderer().getIfAvailable();
		var page = WebsitePublicPages.preview(draft.title(), draft.summary(), draft.body());
		String html = (renderer != null)
				? renderer.preview(this.site.addresses().request(this.site.tenant(), path), page) : page.bodyHtml();
		return new PagePreview(html);
	}

	@Override
	public Menu menu(String tenant) {
		return this.menu.get();
	}

	@Override
	public Menu updateMenu(String tenant, Menu menu) {
		return this.menu.update(menu);
	}

	@Override
	public HomeContent home(String tenant) {
		return this.home.get();
	}

	@Override
	public HomeContent updateHome(String tenant, HomeContent home) {
		return this.home.update(home);
	}

	@Override
	public TownHall townHall(String tenant) {
		return this.townHall.get();
	}

	@Override
	public TownHall updateTownHall(String tenant, TownHall townHall) {
		return this.townHall.update(townHall);
	}

	@Override
	public Theme theme(String tenant) {
		return this.theme.get();
	}

	@Override
	public Theme updateTheme(String tenant, Theme theme) {
		return this.theme.update(theme);
	}

	@Override
	public Council council(String tenant) {
		return this.council.get();
	}

	@Override
	public Council updateCouncil(String tenant, Council council) {
		return this.council.update(council);
	}

	@Override
	public GeneratedPage<LegalNoticesFields> legalNotices(String tenant) {
		return generated(this.generated.legalNotices(), "/mentions-legales");
	}

	@Override
	public GeneratedPage<LegalNoticesFields> updateLegalNotices(String tenant, LegalNoticesFields fields) {
		return generated(this.generated.updateLegalNotices(fields), "/mentions-legales");
	}

	@Override
	@Transactional
	public GeneratedPage<LegalNoticesFields> resetLegalNotices(String tenant) {
		this.generated.reset(GeneratedPages.Page.LEGAL_NOTICES);
		return legalNotices(tenant);
	}

	@Override
	public GeneratedPage<PrivacyFields> privacy(String tenant) {
		return generated(this.generated.privacy(), "/donnees-personnelles");
	}

	@Override
	public GeneratedPage<PrivacyFields> updatePrivacy(String tenant, PrivacyFields fields) {
		return generated(this.generated.updatePrivacy(fields), "/donnees-personnelles");
	}

	@Override
	@Transactional
	public GeneratedPage<PrivacyFields> resetPrivacy(String tenant) {
		this.generated.reset(GeneratedPages.Page.PRIVACY);
		return privacy(tenant);
	}

	@Override
	public GeneratedPage<AccessibilityFields> accessibility(String tenant) {
		return generated(this.generated.accessibility(), "/accessibilite");
	}

	@Override
	public GeneratedPage<AccessibilityFields> updateAccessibility(String tenant, AccessibilityFields fields) {
		return generated(this.generated.updateAccessibility(fields), "/accessibilite");
	}

	@Override
	@Transactional
	public GeneratedPage<AccessibilityFields> resetAccessibility(String tenant) {
		this.generated.reset(GeneratedPages.Page.ACCESSIBILITY);
		return accessibility(tenant);
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

	private Page page(StoredPage page) {
		return new Page(page.id(), page.slug(), page.title(), page.summary(), page.body(), page.status(),
				page.createdAt(), page.updatedAt(), page.publishedAt(), page.publicPath(),
				this.site.url(page.publicPath()));
	}

	private <F> GeneratedPage<F> generated(Generated<F> page, String path) {
		return new GeneratedPage<>(page.values(), page.defaults(), page.editedFields(), path, this.site.url(path),
				page.updatedAt());
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
