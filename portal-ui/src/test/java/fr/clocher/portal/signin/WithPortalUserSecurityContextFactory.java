package fr.clocher.portal.signin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Makes the security context of {@link WithPortalUser}.
 */
public class WithPortalUserSecurityContextFactory implements WithSecurityContextFactory<WithPortalUser> {

	@Override
	public SecurityContext createSecurityContext(WithPortalUser annotation) {
		PortalUser user = user(annotation.username(), annotation.givenName(), annotation.familyName(),
				Arrays.asList(annotation.roles()), Arrays.asList(annotation.communes()));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), KeycloakRegistration.ID));
		return context;
	}

	static PortalUser user(String username, String givenName, String familyName, List<String> realmRoles,
			List<String> communes) {
		Instant now = Instant.now();
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("sub-" + username)
			.issuer("http://localhost:8080/auth/realms/clocher")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.claim("preferred_username", username)
			.claim("given_name", givenName)
			.claim("family_name", familyName)
			.claim("name", givenName + " " + familyName)
			.build();
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new OidcUserAuthority(idToken));
		realmRoles.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		return new PortalUser(authorities, idToken, null, communes);
	}

}
