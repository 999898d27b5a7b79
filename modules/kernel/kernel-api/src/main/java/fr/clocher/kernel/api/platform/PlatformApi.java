package fr.clocher.kernel.api.platform;

import org.springframework.web.service.annotation.HttpExchange;

/**
 * The whole operator API, as the console calls it: one proxy for every part, each part
 * implemented by its own controller in tenant-service. Every part is rooted at
 * {@code /api/platform} (a proxy reads the root from this interface).
 */
@HttpExchange("/api/platform")
public interface PlatformApi extends PlatformTenantApi, ReferenceApi, OnboardingJobApi, PlatformModuleApi,
		PlatformHealthApi, PlatformActivityApi {

}
