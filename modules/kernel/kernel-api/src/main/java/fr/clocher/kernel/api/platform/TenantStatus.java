package fr.clocher.kernel.api.platform;

/**
 * Where a tenant stands on the platform. tenant-service stores the constant's name
 * ({@code tenant.status}), so a constant is never renamed.
 */
public enum TenantStatus {

	/** Online: site public, secretaries at work. */
	ACTIVE,

	/** Held by the operator: data kept, site and admin unavailable. */
	SUSPENDED,

	/** Kept for the record only. */
	ARCHIVED

}
