package fr.clocher.tenant.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value of the {@code tenant} tag: the tenant's slug for the first {@code limit}
 * tenants seen since the service started, {@value #OTHER} for every later one. So the tag
 * has at most {@code limit + 1} values whatever the traffic: with 36,000 communes served,
 * a scrape still holds {@code limit + 1} series per outcome, never 36,000. The first
 * tenants seen are the busiest ones in practice (a commune nobody visits is not seen),
 * and a restart gives every commune a new chance. A meter filter caps the tag at the same
 * number of values ({@link ObservabilityConfiguration}), should other code ever tag by
 * tenant.
 */
final class TenantTags {

	static final String OTHER = "other";

	static final String NONE = "none";

	private final int limit;

	private final Set<String> named = ConcurrentHashMap.newKeySet();

	TenantTags(int limit) {
		this.limit = limit;
	}

	/**
	 * The tag value for a tenant.
	 * @param slug the tenant's slug, or {@code null} when the request has no tenant
	 * @return the slug, {@value #OTHER} past the limit, {@value #NONE} without a tenant
	 */
	String of(String slug) {
		if (slug == null) {
			return NONE;
		}
		if (this.named.contains(slug)) {
			return slug;
		}
		synchronized (this.named) {
			if (this.named.size() < this.limit) {
				this.named.add(slug);
				return slug;
			}
		}
		return this.named.contains(slug) ? slug : OTHER;
	}

	int limit() {
		return this.limit;
	}

}
