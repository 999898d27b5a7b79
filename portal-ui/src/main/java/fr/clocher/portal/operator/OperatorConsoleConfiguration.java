package fr.clocher.portal.operator;

import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.ui.ModuleUi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The operator API as a proxy in the tenant-service HTTP service group, which carries the
 * signed-in operator's token and language.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = ModuleUi.TENANT_SERVICE, types = PlatformApi.class)
class OperatorConsoleConfiguration {

}
