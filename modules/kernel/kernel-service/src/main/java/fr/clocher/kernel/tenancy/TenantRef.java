package fr.clocher.kernel.tenancy;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;

/**
 * The few facts about a tenant the kernel needs on every request.
 */
public record TenantRef(UUID id, String slug, String name, TenantKind kind, TenantStatus status) {

	/** The tenant the tenant filter found for this request, if any. */
	public static java.util.Optional<TenantRef> of(jakarta.servlet.ServletRequest request) {
		return java.util.Optional.ofNullable((TenantRef) request.getAttribute(TenantRef.class.getName()));
	}

	public boolean active() {
		return this.status == TenantStatus.ACTIVE;
	}

}
