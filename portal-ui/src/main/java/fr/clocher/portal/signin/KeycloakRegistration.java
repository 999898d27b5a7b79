package fr.clocher.portal.signin;

import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * Describes the Keycloak client registration without asking Keycloak anything: every
 * endpoint is spelled out, so no discovery happens at startup. The issuer is still set,
 * which makes Spring Security check the ID token's {@code iss} claim against the public
 * issuer, and the end-session endpoint is given as provider metadata for RP-initiated
 * logout.
 */
public final class KeycloakRegistration {

	/** The registration id, part of {@code /oauth2/authorization/keycloak}. */
	public static final String ID = "keycloak";

	/** Where an unauthenticated person is sent to sign in. */
	static final String LOGIN_PATH = "/oauth2/authorization/" + ID;

	/**
	 * Keycloak's scope for every organization the person is a member of. The plain
	 * {@code organization} scope maps a single one and makes Keycloak ask a secretary who
	 * serves several communes to pick one while signing in.
	 */
	static final String ALL_ORGANIZATIONS = "organization:*";

	private static final String OIDC = "/protocol/openid-connect";

	private KeycloakRegistration() {
	}

	static ClientRegistration of(SignInProperties properties) {
		String publicRealm = properties.publicIssuer();
		String internalRealm = properties.internalRealmUrl();
		return ClientRegistration.withRegistrationId(ID)
			.clientName("Keycloak")
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/{action}/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email", ALL_ORGANIZATIONS)
			.authorizationUri(publicRealm + OIDC + "/auth")
			.tokenUri(internalRealm + OIDC + "/token")
			.jwkSetUri(internalRealm + OIDC + "/certs")
			.userInfoUri(internalRealm + OIDC + "/userinfo")
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.issuerUri(publicRealm)
			.providerConfigurationMetadata(Map.of("end_session_endpoint", publicRealm + OIDC + "/logout"))
			.build();
	}

}
