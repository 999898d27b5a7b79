package fr.clocher.kernel.keycloak.test;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.keycloak.ClocherRealm;
import fr.clocher.kernel.test.host.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens module tests sign in with have the shape of the real realm's: a secretary's
 * access token from the real Keycloak, claim by claim, against {@link TestTokens}'s for
 * the same person.
 */
class TestTokensShapeTests {

	@Test
	void aTestSecretaryTokenHasTheClaimsOfARealOne() {
		TestKeycloak.createOrganization("forme-vals", "Vals-les-Bains");
		TestKeycloak.createOrganization("forme-privas", "Privas");
		String subject = TestKeycloak.createUser("forme.secretaire", "forme.secretaire@example.test", "Mairie-2026!",
				ClocherRealm.SECRETARY);
		TestKeycloak.addMember("forme-vals", "forme.secretaire");
		TestKeycloak.addMember("forme-privas", "forme.secretaire");
		Map<String, Object> real = TestKeycloak.claims(TestKeycloak.accessToken("forme.secretaire", "Mairie-2026!"));

		Map<String, Object> test = TestTokens.claims(subject, "forme.secretaire", List.of(ClocherRealm.SECRETARY),
				List.of("forme-vals", "forme-privas"));

		assertThat(real).as("real claims %s", real).containsKeys(test.keySet().toArray(String[]::new));
		for (String claim : test.keySet()) {
			assertThat(real.get(claim)).as("claim %s", claim).isInstanceOf(shape(test.get(claim)));
		}
		assertThat(real.get("sub")).isEqualTo(test.get("sub"));
		assertThat(UUID.fromString((String) test.get("sub"))).isNotNull();
		assertThat(real.get("preferred_username")).isEqualTo(test.get("preferred_username"));
		// The test Keycloak listens on a port of its own; the realm's path is the same.
		assertThat(URI.create((String) real.get("iss")).getPath())
			.isEqualTo(URI.create((String) test.get("iss")).getPath());
		assertThat(real.get("typ")).isEqualTo(test.get("typ"));
		assertThat(list(real.get("aud"))).contains(TestTokens.AUDIENCE).contains(ClocherRealm.API_AUDIENCE);
		assertThat(list(real.get("organization"))).containsExactlyInAnyOrderElementsOf(list(test.get("organization")));
		assertThat(roles(real)).containsAll(roles(test));
	}

	@Test
	void theOperatorAndSecretaryOfTestTokensAreShapedTheSame() {
		Map<String, Object> operator = TestTokens.claims(TestTokens.OPERATOR_ID, "operateur@metropole.test",
				List.of(ClocherRealm.PLATFORM_OPERATOR), List.of());

		assertThat(roles(operator)).containsExactly((Object) ClocherRealm.PLATFORM_OPERATOR);
		assertThat(operator).doesNotContainKey("organization").containsEntry("aud", List.of(ClocherRealm.API_AUDIENCE));
	}

	private static Class<?> shape(Object value) {
		if (value instanceof Map<?, ?>) {
			return Map.class;
		}
		return (value instanceof Collection<?>) ? Collection.class : value.getClass();
	}

	private static List<Object> roles(Map<String, Object> claims) {
		return list(((Map<?, ?>) claims.get("realm_access")).get("roles"));
	}

	private static List<Object> list(Object claim) {
		return List.copyOf((Collection<?>) claim);
	}

}
