package fr.clocher.kernel.keycloak.test;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.clocher.kernel.keycloak.ClocherRealm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real access tokens carry what tenant-service decides on: the user's organizations, her
 * realm roles and the API audience.
 */
class SecretaryTokenTests {

	@Test
	void aSecretaryTokenNamesHerCommunesHerRoleAndTheApi() {
		TestKeycloak.createOrganization("saint-orens", "Saint-Orens-de-Gameville");
		TestKeycloak.createOrganization("labege", "Labège");
		TestKeycloak.createUser("secretaire.token", "secretaire.token@example.test", "Mairie-2026!",
				ClocherRealm.SECRETARY);
		TestKeycloak.addMember("saint-orens", "secretaire.token");
		TestKeycloak.addMember("labege", "secretaire.token");

		Map<String, Object> claims = TestKeycloak.claims(TestKeycloak.accessToken("secretaire.token", "Mairie-2026!"));

		assertThat(claims.get("iss")).isEqualTo(TestKeycloak.issuer());
		assertThat(audiences(claims)).contains(ClocherRealm.API_AUDIENCE);
		assertThat(realmRoles(claims)).contains(ClocherRealm.SECRETARY).doesNotContain(ClocherRealm.PLATFORM_OPERATOR);
		assertThat(claims.get(ClocherRealm.ORGANIZATION_CLAIM)).as("claims %s", claims).isInstanceOf(List.class);
		assertThat(List.<Object>copyOf((List<?>) claims.get(ClocherRealm.ORGANIZATION_CLAIM)))
			.containsExactlyInAnyOrder("saint-orens", "labege");
	}

	@Test
	void anOperatorTokenCarriesTheOperatorRoleAndNoCommune() {
		TestKeycloak.createUser("operateur.token", "operateur.token@example.test", "Metropole-2026!",
				ClocherRealm.PLATFORM_OPERATOR);

		Map<String, Object> claims = TestKeycloak
			.claims(TestKeycloak.accessToken("operateur.token", "Metropole-2026!"));

		assertThat(realmRoles(claims)).contains(ClocherRealm.PLATFORM_OPERATOR).doesNotContain(ClocherRealm.SECRETARY);
		assertThat(audiences(claims)).contains(ClocherRealm.API_AUDIENCE);
		assertThat(claims.get(ClocherRealm.ORGANIZATION_CLAIM)).satisfiesAnyOf(
				(organizations) -> assertThat(organizations).isNull(),
				(organizations) -> assertThat((Collection<?>) organizations).isEmpty());
	}

	private static List<Object> audiences(Map<String, Object> claims) {
		Object audience = claims.get("aud");
		return (audience instanceof List<?> list) ? List.copyOf(list) : List.of(audience);
	}

	private static List<Object> realmRoles(Map<String, Object> claims) {
		Map<?, ?> realmAccess = (Map<?, ?>) claims.get("realm_access");
		return List.copyOf((List<?>) realmAccess.get("roles"));
	}

}
