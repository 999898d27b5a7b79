package fr.clocher.kernel.tenancy;

/**
 * Where a tenant stands on the platform.
 */
public enum TenantStatus {

	/** Online: site public, secretaries at work. */
	ACTIVE,

	/** Held by the operator: data kept, site and admin unavailable. */
	SUSPENDED,

	/** Kept for the record only. */
	ARCHIVED

}
