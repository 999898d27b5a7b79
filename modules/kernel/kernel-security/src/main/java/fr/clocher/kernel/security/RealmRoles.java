package fr.clocher.kernel.security;

import java.util.Collection;

import fr.clocher.kernel.api.identity.KeycloakClaims;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token's realm roles as authorities ({@code ROLE_<role>}), read by the kernel's claims
 * parser.
 */
public final class RealmRoles {

	private RealmRoles() {
	}

	public static Collection<GrantedAuthority> authorities(Jwt jwt) {
		return KeycloakClaims.realmRoles(jwt.getClaims())
			.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

}
