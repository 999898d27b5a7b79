package fr.clocher.kernel.api.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads realm roles and organizations in the shapes Keycloak gives them.
 */
class KeycloakClaimsTests {

	@Test
	void realmRolesComeFromRealmAccess() {
		Map<String, Object> claims = Map.of("realm_access",
				Map.of("roles", List.of("default-roles-clocher", "secretary", "offline_access")));
		assertThat(KeycloakClaims.realmRoles(claims)).containsExactly("default-roles-clocher", "secretary",
				"offline_access");
	}

	@Test
	void noRealmAccessMeansNoRole() {
		assertThat(KeycloakClaims.realmRoles(Map.of())).isEmpty();
		assertThat(KeycloakClaims.realmRoles(Map.of("realm_access", "odd"))).isEmpty();
	}

	@Test
	void organizationsAsAListOfAliases() {
		assertThat(KeycloakClaims.organizations(Map.of("organization", List.of("saint-martin", "villeneuve"))))
			.containsExactly("saint-martin", "villeneuve");
	}

	@Test
	void organizationsAsAMapKeyedByAlias() {
		Map<String, Object> claims = Map.of("organization",
				Map.of("saint-martin", Map.of("id", "42"), "villeneuve", Map.of("id", "43")));
		assertThat(KeycloakClaims.organizations(claims)).containsExactlyInAnyOrder("saint-martin", "villeneuve");
	}

	@Test
	void noOrganizationMeansNoCommune() {
		assertThat(KeycloakClaims.organizations(Map.of())).isEmpty();
		assertThat(KeycloakClaims.organizations(Map.of("organization", List.of()))).isEmpty();
	}

}
