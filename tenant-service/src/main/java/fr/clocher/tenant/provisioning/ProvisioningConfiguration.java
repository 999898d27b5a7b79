package fr.clocher.tenant.provisioning;

import java.util.concurrent.TimeUnit;

import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class ProvisioningConfiguration {

	@Bean(destroyMethod = "close")
	Keycloak provisioningKeycloak(KeycloakProperties properties) {
		return KeycloakBuilder.builder()
			.serverUrl(properties.serverUrl())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.resteasyClient(new ResteasyClientBuilderImpl().connectTimeout(5, TimeUnit.SECONDS)
				.readTimeout(20, TimeUnit.SECONDS)
				.build())
			.build();
	}

	@Bean
	KeycloakOrganizations keycloakOrganizations(Keycloak provisioningKeycloak, KeycloakProperties properties) {
		return new KeycloakOrganizations(provisioningKeycloak, properties.realm());
	}

}
