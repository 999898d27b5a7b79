package fr.clocher.kernel.site;

import java.time.Instant;

/**
 * How many times what residents see of a commune's site has changed, and when it last
 * did: the public site's ETag and Last-Modified.
 *
 * @param version 0 until the first change
 * @param changedAt the last change, or null before it
 */
public record SiteVersion(long version, Instant changedAt) {

}
