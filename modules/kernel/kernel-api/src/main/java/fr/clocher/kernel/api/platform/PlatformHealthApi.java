package fr.clocher.kernel.api.platform;

import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The platform's health as tenant-service sees it.
 */
@HttpExchange("/api/platform")
public interface PlatformHealthApi {

	@GetExchange("/health")
	PlatformHealth health();

}
