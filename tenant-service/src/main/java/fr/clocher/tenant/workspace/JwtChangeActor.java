package fr.clocher.tenant.workspace;

import java.util.stream.Stream;

import fr.clocher.kernel.audit.ChangeActor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request, as the change log names her: her name from the
 * token, else her username or e-mail; the platform itself for work without a person.
 */
@Component
class JwtChangeActor implements ChangeActor {

	@Override
	public String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			return SYSTEM;
		}
		Jwt jwt = token.getToken();
		return Stream.of("name", "preferred_username", "email")
			.map(jwt::getClaimAsString)
			.filter((value) -> value != null && !value.isBlank())
			.findFirst()
			.orElse(jwt.getSubject());
	}

}
