package fr.clocher.tenant.registry;

/**
 * How a host reaches a tenant's site.
 */
public enum HostKind {

	/** {@code <slug>.<platform domain>}, given at creation. */
	PLATFORM,

	/** A domain the commune owns, added by the operator. */
	CUSTOM

}
