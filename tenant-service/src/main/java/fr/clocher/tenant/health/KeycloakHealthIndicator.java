package fr.clocher.tenant.health;

import fr.clocher.kernel.api.platform.ServiceCheck;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Keycloak reachable for the platform's realm ({@code keycloak} in the health endpoint).
 * It is in the {@code dependencies} health group, not in readiness: public sites and
 * pages already signed in for do not need Keycloak, and provisioning waits for it (the
 * outbox), so a Keycloak down must not take tenant-service out of its load balancer.
 */
@Component("keycloakHealthIndicator")
class KeycloakHealthIndicator extends AbstractHealthIndicator {

	private final KeycloakProbe probe;

	KeycloakHealthIndicator(KeycloakProbe probe) {
		super("Keycloak health check failed");
		this.probe = probe;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		ServiceCheck check = this.probe.check();
		(check.up() ? builder.up() : builder.down()).withDetail("answer", check.detail())
			.withDetail("millis", check.millis());
	}

}
