package fr.clocher.portal.tenantapi;

import fr.clocher.kernel.api.workspace.WorkspaceApi;
import fr.clocher.kernel.ui.ModuleUi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.ResourceHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * Registers the kernel's workspace API in the {@value ModuleUi#TENANT_SERVICE} group and
 * sets up every client of that group: the signed-in person's access token (refreshed when
 * it expires) and {@code Accept-Language}, so that tenant-service writes its messages in
 * her language. The base URL is
 * {@code spring.http.serviceclient.tenant-service.base-url}.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = ModuleUi.TENANT_SERVICE, types = WorkspaceApi.class)
class TenantServiceConfiguration {

	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	RestClientHttpServiceGroupConfigurer tenantServiceClients(OAuth2AuthorizedClientManager manager) {
		SignedInRequests signedIn = new SignedInRequests(manager);
		// A file answered as an InputStreamResource (a PES file, a run's PDF) is read as
		// it arrives, not refused: the default converter does not stream.
		return (groups) -> groups.filterByName(ModuleUi.TENANT_SERVICE)
			.forEachClient((group, client) -> client.requestInitializer(signedIn)
				.configureMessageConverters(
						(converters) -> converters.addCustomConverter(new ResourceHttpMessageConverter(true))));
	}

}
