package fr.clocher.kernel.site.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the public sites are served ({@code clocher.site}).
 *
 * @param maxAge how long a browser or proxy may show a page without asking again; after
 * that it revalidates (a cheap 304 unless the commune changed something)
 * @param pageCache how much memory the rendered pages kept for the next readers may take
 * (0 renders every request)
 * @param release the name of what is deployed (an image's tag), part of every page's ETag
 * with the fingerprint of the site's templates and styles; empty by default
 */
@ConfigurationProperties("clocher.site")
public record SiteProperties(@DefaultValue("60s") Duration maxAge, @DefaultValue("64MB") DataSize pageCache,
		@DefaultValue("") String release) {

}
