package fr.clocher.kernel.keycloak.test;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person cannot give her account an address she does not control: through the account
 * API, an e-mail change does not take effect (Keycloak's update-email action sends a link
 * to the new address first). This is what keeps an invitation, sent to an address, from
 * reaching another person's account.
 */
class EmailChangeTests {

	@Test
	void anEmailChangeThroughTheAccountApiDoesNotTakeEffectUnverified() throws Exception {
		String name = "secretaire-a-" + UUID.randomUUID().toString().substring(0, 8);
		String email = name + "@mairie-a.test";
		String id = TestKeycloak.createUser(name, email, "Secretariat-A-2026");
		String townHallOfD = "mairie-" + UUID.randomUUID().toString().substring(0, 8) + "@commune-d.test";

		HttpResponse<String> change = AccountApi.changeOwnEmail(TestKeycloak.accessToken(name, "Secretariat-A-2026"),
				name, townHallOfD);

		assertThat(change.statusCode()).as(change.body()).isIn(200, 204, 400, 403);
		UserRepresentation after = TestKeycloak.realm().users().get(id).toRepresentation();
		assertThat(after.getEmail()).isEqualTo(email);
		assertThat(after.isEmailVerified()).isTrue();
		assertThat(TestKeycloak.realm().users().searchByEmail(townHallOfD, true)).isEmpty();
	}

}
