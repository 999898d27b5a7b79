package fr.clocher.portal.signin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Maps the access token's realm roles and organizations onto the signed-in user.
 */
class PortalUserConverterTests {

	private static final ClientRegistration REGISTRATION = KeycloakRegistration.of(new SignInProperties(
			"http://localhost:8080/auth", "http://localhost:8180/auth", "clocher", "clocher-portal", "secret", null));

	@Test
	void realmRolesBecomeRoleAuthoritiesAndOrganizationsCommunes() {
		OidcUser user = convert(
				(token) -> jwt(Map.of("realm_access", Map.of("roles", List.of("default-roles-clocher", "secretary")),
						"organization", List.of("saint-martin", "villeneuve"))));
		assertThat(user).isInstanceOf(PortalUser.class);
		PortalUser portalUser = (PortalUser) user;
		assertThat(portalUser.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_secretary", "OIDC_USER", "SCOPE_openid")
			.doesNotContain("ROLE_default-roles-clocher", "ROLE_platform-operator");
		assertThat(portalUser.roles()).containsExactly(PortalRole.SECRETARY);
		assertThat(portalUser.communes()).containsExactly("saint-martin", "villeneuve");
		assertThat(portalUser.displayName()).isEqualTo("Martine Dupont");
	}

	@Test
	void operatorRoleIsMapped() {
		PortalUser user = (PortalUser) convert(
				(token) -> jwt(Map.of("realm_access", Map.of("roles", List.of("platform-operator")))));
		assertThat(user.roles()).containsExactly(PortalRole.PLATFORM_OPERATOR);
		assertThat(user.communes()).isEmpty();
	}

	@Test
	void anAccountWithoutRolesHasNone() {
		PortalUser user = (PortalUser) convert((token) -> jwt(Map.of("scope", "openid")));
		assertThat(user.roles()).isEmpty();
	}

	@Test
	void anUnreadableAccessTokenFailsTheSignIn() {
		assertThatExceptionOfType(OAuth2AuthenticationException.class).isThrownBy(() -> convert((token) -> {
			throw new BadJwtException("wrong issuer");
		})).satisfies((ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_token"));
	}

	private static OidcUser convert(JwtDecoder decoder) {
		Instant now = Instant.now();
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("sub-1")
			.issuer("http://localhost:8080/auth/realms/clocher")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.claim("name", "Martine Dupont")
			.build();
		OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now,
				now.plusSeconds(300), Set.of("openid", "profile"));
		OidcUserRequest request = new OidcUserRequest(REGISTRATION, accessToken, idToken);
		return new PortalUserConverter(decoder).convert(new OidcUserSource(request));
	}

	private static Jwt jwt(Map<String, Object> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("access-token").header("alg", "RS256").subject("sub-1");
		claims.forEach(builder::claim);
		return builder.build();
	}

}
