package fr.clocher.tenant.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service's metrics.
 *
 * @param tenantTagLimit how many tenants get a series of their own in
 * {@code clocher.tenant.requests}; every other tenant is counted under
 * {@value TenantTags#OTHER}
 */
@ConfigurationProperties("clocher.observability")
record ObservabilityProperties(@DefaultValue("50") int tenantTagLimit) {

	ObservabilityProperties {
		if (tenantTagLimit < 0 || tenantTagLimit > 1000) {
			throw new IllegalArgumentException(
					"clocher.observability.tenant-tag-limit must be between 0 and 1000, not " + tenantTagLimit);
		}
	}

}
