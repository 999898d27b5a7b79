package fr.clocher.announcements.service.preview;

import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementPreview;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.PreviewApi;
import fr.clocher.announcements.service.content.AnnouncementStore;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.announcements.service.site.AnnouncementPages;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders the public template of one of the tenant's announcements, whatever its status,
 * in the commune's frame for a sandboxed frame of the admin: read under the tenant's own
 * context through its secretary's API, never on the public site.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class PreviewController implements PreviewApi {

	private final AnnouncementStore store;

	private final AnnouncementPages pages;

	private final TenantDirectory directory;

	private final SiteAddresses addresses;

	private final ObjectProvider<SiteRenderer> renderer;

	PreviewController(AnnouncementStore store, AnnouncementPages pages, TenantDirectory directory,
			SiteAddresses addresses, ObjectProvider<SiteRenderer> renderer) {
		this.store = store;
		this.pages = pages;
		this.directory = directory;
		this.addresses = addresses;
		this.renderer = renderer;
	}

	@Override
	@Transactional(readOnly = true)
	public AnnouncementPreview preview(String tenant, UUID id) {
		StoredAnnouncement row = this.store.find(id)
			.orElseThrow(() -> ApiProblem.notFound("announcement-not-found", "id",
					LocalizedText.of("Aucune annonce n'a l'identifiant %s.", "No announcement has the id %s.")
						.formatted(id)));
		SitePage page = this.pages.preview(row);
		SiteRenderer renderer = this.renderer.getIfAvailable();
		if (renderer == null) {
			return new AnnouncementPreview(page.bodyHtml());
		}
		TenantRef commune = this.directory.byId(TenantContext.require()).orElseThrow();
		return new AnnouncementPreview(renderer.preview(this.addresses.request(commune, row.publicPath()), page));
	}

}
