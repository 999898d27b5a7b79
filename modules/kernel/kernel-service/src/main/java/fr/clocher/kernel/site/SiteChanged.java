package fr.clocher.kernel.site;

import java.util.UUID;

/**
 * What residents see of a commune's site has changed: published by
 * {@link SiteVersions#touch()} inside the changing transaction. Caches of rendered pages
 * listen to it after commit and drop the commune's pages.
 *
 * @param tenantId the commune
 * @param version its new site version
 */
public record SiteChanged(UUID tenantId, long version) {

}
