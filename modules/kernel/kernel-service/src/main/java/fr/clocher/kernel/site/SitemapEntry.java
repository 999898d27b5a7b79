package fr.clocher.kernel.site;

import java.time.Instant;

/**
 * A public page for the sitemap.
 *
 * @param path its site path
 * @param lastModified when it last changed, or null
 */
public record SitemapEntry(String path, Instant lastModified) {

}
