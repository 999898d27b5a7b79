package fr.clocher.portal.signin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Keycloak realm roles that open portal-ui, each granted as the Spring authority
 * {@code ROLE_<realm role>}.
 */
public enum PortalRole {

	/** Metropolitan IT operator: runs the platform. */
	PLATFORM_OPERATOR(PortalRole.PLATFORM_OPERATOR_NAME),

	/** Village secretary: runs the communes she serves. */
	SECRETARY(PortalRole.SECRETARY_NAME);

	/** The realm role of operators, for {@code @RolesAllowed}. */
	public static final String PLATFORM_OPERATOR_NAME = "platform-operator";

	/** The realm role of secretaries, for {@code @RolesAllowed}. */
	public static final String SECRETARY_NAME = "secretary";

	private static final String PREFIX = "ROLE_";

	private final String realmRole;

	PortalRole(String realmRole) {
		this.realmRole = realmRole;
	}

	/**
	 * The role's name in Keycloak.
	 * @return e.g. {@code secretary}
	 */
	public String realmRole() {
		return this.realmRole;
	}

	/**
	 * The Spring Security authority.
	 * @return e.g. {@code ROLE_secretary}
	 */
	public String authority() {
		return PREFIX + this.realmRole;
	}

	/**
	 * The translation key of the role's name in plain words.
	 * @return e.g. {@code role.secretary}
	 */
	public String labelKey() {
		return "role." + this.realmRole;
	}

	static Optional<PortalRole> ofRealmRole(String realmRole) {
		return Arrays.stream(values()).filter((role) -> role.realmRole.equals(realmRole)).findFirst();
	}

	static Optional<PortalRole> ofAuthority(String authority) {
		return Arrays.stream(values()).filter((role) -> role.authority().equals(authority)).findFirst();
	}

}
