package fr.clocher.portal.signin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser goes to Keycloak's public address, portal-ui talks to its internal one, and
 * ID tokens must come from the public issuer.
 */
class KeycloakRegistrationTests {

	private final ClientRegistration registration = KeycloakRegistration.of(new SignInProperties(
			"https://clocher.example/auth/", "http://keycloak:8180/auth", "clocher", "clocher-portal", "secret", null));

	@Test
	void browserEndpointsArePublicAndServerEndpointsInternal() {
		ClientRegistration.ProviderDetails provider = this.registration.getProviderDetails();
		assertThat(provider.getAuthorizationUri())
			.isEqualTo("https://clocher.example/auth/realms/clocher/protocol/openid-connect/auth");
		assertThat(provider.getConfigurationMetadata()).containsEntry("end_session_endpoint",
				"https://clocher.example/auth/realms/clocher/protocol/openid-connect/logout");
		assertThat(provider.getTokenUri())
			.isEqualTo("http://keycloak:8180/auth/realms/clocher/protocol/openid-connect/token");
		assertThat(provider.getJwkSetUri())
			.isEqualTo("http://keycloak:8180/auth/realms/clocher/protocol/openid-connect/certs");
		assertThat(provider.getUserInfoEndpoint().getUri())
			.isEqualTo("http://keycloak:8180/auth/realms/clocher/protocol/openid-connect/userinfo");
		assertThat(provider.getIssuerUri()).isEqualTo("https://clocher.example/auth/realms/clocher");
		assertThat(this.registration.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email",
				"organization:*");
	}

	@Test
	void idTokenFromThePublicIssuerIsAccepted() {
		assertThat(validate("https://clocher.example/auth/realms/clocher").hasErrors()).isFalse();
	}

	@Test
	void idTokenFromAnotherIssuerIsRejected() {
		OAuth2TokenValidatorResult result = validate("http://keycloak:8180/auth/realms/clocher");
		assertThat(result.hasErrors()).isTrue();
		assertThat(result.getErrors()).anySatisfy((error) -> assertThat(error.getDescription()).contains("iss"));
	}

	private OAuth2TokenValidatorResult validate(String issuer) {
		Instant now = Instant.now();
		Jwt idToken = Jwt.withTokenValue("id-token")
			.header("alg", "RS256")
			.issuer(issuer)
			.subject("sub-1")
			.audience(List.of("clocher-portal"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
		return new OidcIdTokenValidator(this.registration).validate(idToken);
	}

}
