package fr.clocher.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Builds the authorization request (with PKCE, by its delegate) only when Keycloak
 * answers; otherwise fails, and the failure handler shows the sign-in failure page.
 */
class ProbingAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

	private final OAuth2AuthorizationRequestResolver delegate;

	private final IdentityProviderProbe probe;

	ProbingAuthorizationRequestResolver(OAuth2AuthorizationRequestResolver delegate, IdentityProviderProbe probe) {
		this.delegate = delegate;
		this.probe = probe;
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return checked(this.delegate.resolve(request));
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		return checked(this.delegate.resolve(request, clientRegistrationId));
	}

	private @Nullable OAuth2AuthorizationRequest checked(@Nullable OAuth2AuthorizationRequest authorizationRequest) {
		if (authorizationRequest != null && !this.probe.isAvailable()) {
			throw new IdentityProviderUnavailableException();
		}
		return authorizationRequest;
	}

	/**
	 * Keycloak does not answer.
	 */
	static final class IdentityProviderUnavailableException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		IdentityProviderUnavailableException() {
			super("Keycloak does not answer: signing in is impossible for now");
		}

	}

}
