package fr.clocher.tenant.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the public sites are served ({@code clocher.site}).
 *
 * @param maxAge how long a browser or proxy may show a page without asking again; after
 * that it revalidates (a cheap 304 unless the commune changed something)
 */
@ConfigurationProperties("clocher.site")
public record SiteProperties(@DefaultValue("60s") Duration maxAge) {

}
