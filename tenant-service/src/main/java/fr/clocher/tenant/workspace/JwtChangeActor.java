package fr.clocher.tenant.workspace;

import fr.clocher.kernel.audit.ChangeActor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request, as the change log names her: her id (the token's
 * subject) and her username ({@code preferred_username}, which she cannot edit in this
 * realm; her e-mail for provisioned secretaries). Never {@code name}, {@code given_name}
 * or {@code family_name}: she edits those herself in the account console. The platform
 * itself for work without a person.
 */
@Component
class JwtChangeActor implements ChangeActor {

	@Override
	public Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			return SYSTEM;
		}
		Jwt jwt = token.getToken();
		String username = jwt.getClaimAsString("preferred_username");
		String name = (username != null && !username.isBlank()) ? username : jwt.getSubject();
		return new Actor(jwt.getSubject(), (name != null) ? name : "inconnu");
	}

}
