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
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class ProvisioningConfiguration {

	/**
	 * Provisioning runs on two threads at most: onboarding an intercommunality asks for
	 * dozens of tenants at once, and unbounded workers would take every database
	 * connection from the requests.
	 */
	static final String EXECUTOR = "provisioningExecutor";

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor provisioningExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setThreadNamePrefix("provisioning-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

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
