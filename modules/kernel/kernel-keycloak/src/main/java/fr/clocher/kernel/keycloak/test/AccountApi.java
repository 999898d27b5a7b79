package fr.clocher.kernel.keycloak.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What a signed-in person can do to her own account through Keycloak's account API (the
 * one the account console uses), as an attacker would try it.
 */
public final class AccountApi {

	private AccountApi() {
	}

	/**
	 * Asks to change her own e-mail.
	 * @param token her access token
	 * @param username her username (unchanged)
	 * @param email the address she wants
	 * @return Keycloak's answer
	 */
	public static HttpResponse<String> changeOwnEmail(String token, String username, String email)
			throws IOException, InterruptedException {
		String body = "{\"username\":\"" + username + "\",\"email\":\"" + email
				+ "\",\"firstName\":\"Prénom\",\"lastName\":\"Nom\"}";
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(TestKeycloak.issuer() + "/account"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
