package fr.clocher.kernel.api.platform;

import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The operator's dashboard: usage, errors, slowest tenants and backlogs, from the
 * service's own metrics.
 */
@HttpExchange("/api/platform")
public interface PlatformActivityApi {

	@GetExchange("/activity")
	PlatformActivity activity();

}
