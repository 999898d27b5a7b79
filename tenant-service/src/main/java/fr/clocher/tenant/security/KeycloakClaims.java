package fr.clocher.tenant.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads Keycloak's claims explicitly: realm roles from {@code realm_access.roles}, and
 * organization aliases from {@code organization}, which Keycloak writes as a list of
 * aliases or, when asked for ids, as a map keyed by alias.
 */
final class KeycloakClaims {

	private KeycloakClaims() {
	}

	static Collection<GrantedAuthority> roles(Jwt jwt) {
		Object realmAccess = jwt.getClaims().get("realm_access");
		if (!(realmAccess instanceof Map<?, ?> access) || !(access.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream()
			.map(String::valueOf)
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

	static Set<String> organizations(Jwt jwt) {
		Object claim = jwt.getClaims().get("organization");
		if (claim instanceof Map<?, ?> byAlias) {
			return byAlias.keySet().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
		}
		if (claim instanceof Collection<?> aliases) {
			return aliases.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
		}
		return Set.of();
	}

}
