package fr.clocher.kernel.tenancy;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;

/**
 * The few facts about a tenant the kernel needs on every request.
 */
public record TenantRef(UUID id, String slug, String name, TenantKind kind, TenantStatus status) {

	public boolean active() {
		return this.status == TenantStatus.ACTIVE;
	}

}
