package fr.clocher.kernel.api.platform;

/**
 * How a host reaches a tenant's site. tenant-service stores the constant's name
 * ({@code tenant_host.kind}), so a constant is never renamed.
 */
public enum HostKind {

	/** {@code <slug>.<platform domain>}, given at creation. */
	PLATFORM,

	/** A domain the commune owns, added by the operator. */
	CUSTOM

}
