package fr.clocher.tenant.provisioning;

/**
 * What a provisioning task does in Keycloak.
 */
public enum TaskKind {

	/** Create the tenant's organization if missing. */
	ORGANIZATION,

	/**
	 * Make the person (argument: e-mail) a member with the secretary role, inviting her
	 * if new.
	 */
	SECRETARY,

	/** Bring the organization's enabled flag in line with the tenant's status. */
	ORGANIZATION_STATUS

}
