package fr.clocher.gateway.errors;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the gateway's error answers.
 *
 * @param retryAfter the {@code Retry-After} sent with 503 and 504 when a backend cannot
 * be reached or is too slow (default 30 seconds)
 */
@ConfigurationProperties("clocher.gateway.errors")
public record ErrorPagesProperties(Duration retryAfter) {

	public ErrorPagesProperties {
		retryAfter = (retryAfter != null) ? retryAfter : Duration.ofSeconds(30);
	}

}
