package fr.clocher.kernel.tenancy;

import java.util.UUID;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Feeds Hibernate's {@code @TenantId} discriminator from the tenant holder. With no
 * tenant it answers an identifier no tenant has, so Hibernate filters everything out and
 * PostgreSQL refuses inserts: never a default tenant.
 */
class HibernateTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

	static final UUID NO_TENANT = new UUID(0, 0);

	@Override
	public UUID resolveCurrentTenantIdentifier() {
		return TenantContext.current().orElse(NO_TENANT);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return true;
	}

}
