package fr.clocher.portal.signin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.clocher.kernel.api.identity.KeycloakClaims;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Turns what the sign-in brought back into a {@link PortalUser}. Keycloak puts realm
 * roles in the access token, not in the ID token, and the realm is not ours to change: so
 * the access token is decoded (signature, issuer and expiry checked) and its realm roles
 * become {@code ROLE_<role>} authorities, its {@code organization} claim the person's
 * communes; a member of at least one commune is a secretary.
 */
class PortalUserConverter implements Converter<OidcUserSource, OidcUser> {

	private final JwtDecoder accessTokenDecoder;

	PortalUserConverter(JwtDecoder accessTokenDecoder) {
		this.accessTokenDecoder = accessTokenDecoder;
	}

	@Override
	public OidcUser convert(OidcUserSource source) {
		OidcUserRequest request = source.getUserRequest();
		Map<String, Object> accessClaims = accessClaims(request);
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		authorities.add(new OidcUserAuthority(request.getIdToken(), source.getUserInfo()));
		request.getAccessToken()
			.getScopes()
			.forEach((scope) -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
		KeycloakClaims.realmRoles(accessClaims)
			.stream()
			.flatMap((role) -> PortalRole.ofRealmRole(role).stream())
			.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		List<String> communes = KeycloakClaims.organizations(accessClaims);
		if (communes.isEmpty()) {
			communes = KeycloakClaims.organizations(request.getIdToken().getClaims());
		}
		if (!communes.isEmpty()) {
			// A member of a commune's organization is its secretary: she joined it by
			// following the invitation sent to her address.
			authorities.add(new SimpleGrantedAuthority(PortalRole.SECRETARY.authority()));
		}
		return new PortalUser(authorities, request.getIdToken(), source.getUserInfo(), communes);
	}

	private Map<String, Object> accessClaims(OidcUserRequest request) {
		try {
			return this.accessTokenDecoder.decode(request.getAccessToken().getTokenValue()).getClaims();
		}
		catch (JwtException ex) {
			OAuth2Error error = new OAuth2Error("invalid_token", "The access token could not be read", null);
			throw new OAuth2AuthenticationException(error, error.getDescription(), ex);
		}
	}

}
