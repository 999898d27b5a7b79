package fr.clocher.kernel.api.platform;

/**
 * Whether a tenant is served: active, suspended (site and admin unavailable, data kept)
 * or archived.
 */
public enum TenantStatus {

	ACTIVE, SUSPENDED, ARCHIVED

}
