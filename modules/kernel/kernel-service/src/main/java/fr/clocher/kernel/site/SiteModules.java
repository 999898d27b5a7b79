package fr.clocher.kernel.site;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.ReadOnlyMemo;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.ObjectProvider;

/**
 * What the modules a commune has on give its public site, collected in one place: which
 * module answers a path, the sitemap's entries, the pages a menu may link to, the frame
 * (chrome), the links of every page's head and whether the site is online at all. Asked
 * in the commune's tenant context; a module that is off gives nothing. The site's
 * dispatcher, its frame and the screens that list linkable pages all ask here, so that
 * they never disagree.
 */
public class SiteModules {

	// Asked at each use, not at construction: a module's beans may themselves need this.
	private final ObjectProvider<SitePages> pages;

	private final ObjectProvider<SiteChromeSource> chromes;

	private final ObjectProvider<SiteHeadLinks> headLinks;

	private final ModuleActivations activations;

	private final ObjectProvider<TenantRelations> relations;

	private final TenantWork work;

	public SiteModules(ObjectProvider<SitePages> pages, ObjectProvider<SiteChromeSource> chromes,
			ObjectProvider<SiteHeadLinks> headLinks, ModuleActivations activations) {
		this(pages, chromes, headLinks, activations, null, null);
	}

	/**
	 * With the relations and the work in other tenants' contexts that pages
	 * {@linkplain SitePages#followsGroups() following the groups} need.
	 */
	public SiteModules(ObjectProvider<SitePages> pages, ObjectProvider<SiteChromeSource> chromes,
			ObjectProvider<SiteHeadLinks> headLinks, ModuleActivations activations,
			ObjectProvider<TenantRelations> relations, TenantWork work) {
		this.pages = pages;
		this.chromes = chromes;
		this.headLinks = headLinks;
		this.activations = activations;
		this.relations = relations;
		this.work = work;
	}

	/**
	 * The content at the request's path: the answer of the first module on (by
	 * {@link SitePages#order()}) that has one.
	 */
	public Optional<SiteContent> find(SiteRequest request) {
		return enabled().map((module) -> module.find(request)).flatMap(Optional::stream).findFirst();
	}

	/** Every page of the site for {@code sitemap.xml}, module by module. */
	public List<SitemapEntry> sitemap(SiteRequest request) {
		return enabled().flatMap((module) -> module.sitemap(request).stream()).toList();
	}

	/** The pages a menu or a link may point to, module by module. */
	public List<SiteLink> linkable(SiteRequest request) {
		return enabled().flatMap((module) -> module.linkable(request).stream()).toList();
	}

	/**
	 * The frame of the commune's pages, from the first module on that gives one; else the
	 * commune's name alone.
	 */
	public SiteChrome chrome(SiteRequest request) {
		return this.chromes.orderedStream()
			.filter((source) -> this.activations.isEnabled(source.moduleKey()))
			.findFirst()
			.map((source) -> source.chrome(request))
			.orElseGet(() -> SiteChrome.plain(request.tenant().name()));
	}

	/**
	 * The site's logo as a data address, for a document printed or mailed in the
	 * commune's name: the PNG or JPEG the site serves at its chrome's logo path, if any.
	 */
	public Optional<String> logo(SiteRequest home) {
		return Optional.ofNullable(chrome(home).logoPath())
			.flatMap((path) -> find(home.at(path)))
			.filter(SiteFile.class::isInstance)
			.map(SiteFile.class::cast)
			.filter((file) -> file.contentType().startsWith("image/png") || file.contentType().startsWith("image/jpeg"))
			.map((file) -> "data:" + file.contentType() + ";base64,"
					+ Base64.getEncoder().encodeToString(file.content()));
	}

	/** The links of the page's head (feeds for autodiscovery), module by module. */
	public List<SiteHeadLink> headLinks(SiteRequest request) {
		return this.headLinks.orderedStream()
			.filter((module) -> this.activations.isEnabled(module.moduleKey()))
			.flatMap((module) -> module.links(request).stream())
			.toList();
	}

	/**
	 * Whether the commune has a site: a module that hosts one (its home and the pages no
	 * public site may go without) is on.
	 */
	public boolean online() {
		return enabled().anyMatch(SitePages::hostsSite);
	}

	/**
	 * Whether the module's pages are offered on the current commune's site: the module is
	 * on for the commune, or the pages follow the groups and one of the commune's active
	 * groups has it on. A group's switch is read in the group's own context and a
	 * transaction of its own, on a thread of its own: the commune's pages are asked
	 * inside the commune's transaction, where the tenant cannot change.
	 */
	public boolean offers(SitePages module) {
		if (this.activations.isEnabled(module.moduleKey())) {
			return true;
		}
		TenantRelations relations = (this.relations != null) ? this.relations.getIfAvailable() : null;
		if (!module.followsGroups() || relations == null || this.work == null || TenantContext.current().isEmpty()) {
			return false;
		}
		// The menu, the page and the style sheet each ask while one page renders.
		return ReadOnlyMemo.remember(this, List.of(TenantContext.current().get(), module.moduleKey()),
				() -> offeredByAGroup(module, relations));
	}

	private boolean offeredByAGroup(SitePages module, TenantRelations relations) {
		List<UUID> groups = relations.groupsOfCurrentTenant()
			.stream()
			.filter(TenantRef::active)
			.map(TenantRef::id)
			.toList();
		if (groups.isEmpty()) {
			return false;
		}
		try (ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
			return thread.submit(() -> groups.stream()
				.anyMatch((group) -> this.work.inTenant(group, () -> this.activations.isEnabled(module.moduleKey()))))
				.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the groups' switches", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not read the groups' switches", ex.getCause());
		}
	}

	/** The keys of the modules whose pages the current tenant's site offers. */
	public Set<String> offeredKeys() {
		return enabled().map(SitePages::moduleKey).collect(Collectors.toSet());
	}

	private Stream<SitePages> enabled() {
		return this.pages.orderedStream().sorted(Comparator.comparingInt(SitePages::order)).filter(this::offers);
	}

}
