package fr.clocher.tenant.provisioning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and as whom tenant-service provisions organizations and secretaries.
 *
 * @param serverUrl Keycloak's base URL as seen from tenant-service (with {@code /auth})
 * @param realm the platform's realm
 * @param clientId the provisioning service account's client
 * @param clientSecret its secret ({@code CLOCHER_PROVISIONER_CLIENT_SECRET}; no default)
 * @param retryEvery how often pending tasks are retried
 */
@ConfigurationProperties("clocher.keycloak")
public record KeycloakProperties(@DefaultValue("http://localhost:8180/auth") String serverUrl,
		@DefaultValue("clocher") String realm, @DefaultValue("clocher-provisioner") String clientId,
		String clientSecret, @DefaultValue("PT30S") java.time.Duration retryEvery) {

}
