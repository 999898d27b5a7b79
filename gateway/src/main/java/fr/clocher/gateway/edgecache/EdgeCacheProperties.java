package fr.clocher.gateway.edgecache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The edge cache ({@code clocher.gateway.edge-cache}).
 *
 * @param enabled whether public answers are kept at all
 * @param fresh how long a kept answer is served without asking tenant-service; after that
 * it is revalidated with its ETag (a 304 costs little), so a publication reaches every
 * gateway within this time and a request's
 * @param size the memory the kept answers may take, least used first out
 */
@ConfigurationProperties("clocher.gateway.edge-cache")
public record EdgeCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration fresh,
		@DefaultValue("64MB") DataSize size) {

}
