package fr.clocher.kernel.security;

import java.util.function.Supplier;

import fr.clocher.kernel.api.identity.KeycloakClaims;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A request on {@code /api/tenants/{tenant}/...} is allowed to an operator, or to a
 * person whose token lists the tenant's organization (alias = slug): a secretary is a
 * member of her communes' organizations, which she joined by following the invitation
 * sent to her address (no realm role needed: nobody but Keycloak's invitation grants
 * membership). Checked on every request, from the token, so a membership removed in
 * Keycloak ends with the token.
 */
class TenantMembership implements AuthorizationManager<RequestAuthorizationContext> {

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication user = authentication.get();
		if (!(user instanceof JwtAuthenticationToken token) || !user.isAuthenticated()) {
			return new AuthorizationDecision(false);
		}
		if (has(user, Roles.OPERATOR)) {
			return new AuthorizationDecision(true);
		}
		String tenant = context.getVariables().get("tenant");
		return new AuthorizationDecision(
				tenant != null && KeycloakClaims.organizations(token.getToken().getClaims()).contains(tenant));
	}

	private static boolean has(Authentication user, String role) {
		return user.getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals("ROLE_" + role));
	}

}
