package fr.clocher.kernel.site.web;

import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.clocher.kernel.changes.ChangesMissed;
import fr.clocher.kernel.site.SiteChanged;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public answers already rendered (pages, {@code robots.txt}, {@code sitemap.xml}),
 * kept for the next readers so that a page costs a site version lookup instead of a dozen
 * queries and a rendering. An answer is found again only under the same key: the same
 * commune, as the registry gave it for the request; the same ETag (site version, release,
 * day); the same way of reaching the site and the same path. A commune's answers are
 * dropped as soon as a change of its site is committed, here or on another instance; the
 * other communes' stay. Bounded in bytes ({@code clocher.site.page-cache}), least used
 * first out.
 */
@Component
class SitePageCache {

	private final Cache<Key, SiteAnswer> answers;

	SitePageCache(SiteProperties properties) {
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.pageCache().toBytes())
			.weigher((Key key, SiteAnswer answer) -> answer.body().length + key.weight())
			.build();
	}

	Optional<SiteAnswer> find(Key key) {
		return Optional.ofNullable(this.answers.getIfPresent(key));
	}

	/** Keeps an answer that any reader of the same key may be given. */
	void keep(Key key, SiteAnswer answer) {
		if (answer.reusable()) {
			this.answers.put(key, answer);
		}
	}

	/** How many answers of a commune are kept. */
	long count(UUID tenant) {
		return this.answers.asMap().keySet().stream().filter((key) -> key.tenant().id().equals(tenant)).count();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void siteChanged(SiteChanged change) {
		this.answers.asMap().keySet().removeIf((key) -> key.tenant().id().equals(change.tenantId()));
	}

	@EventListener
	void changesMissed(ChangesMissed missed) {
		this.answers.invalidateAll();
	}

	/**
	 * Everything an answer depends on.
	 *
	 * @param tenant the commune, as the registry gave it (a new name or status is another
	 * key)
	 * @param etag the ETag of the commune's pages for this request
	 * @param basePath how the reader reached the site: empty on its host, or
	 * {@code /c/<slug>}
	 * @param sitePath the path inside the site
	 */
	record Key(TenantRef tenant, String etag, String basePath, String sitePath) {

		private int weight() {
			return 200 + 2 * (this.etag.length() + this.basePath.length() + this.sitePath.length());
		}

	}

}
