package fr.clocher.portal.tenantapi;

import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.portal.signin.KeycloakRegistration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestInitializer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs each call to tenant-service in as the person signed in to the portal (her access
 * token, refreshed when it expired) and asks for her language. An initializer rather than
 * an interceptor: a client with interceptors holds each request's whole body in memory,
 * and a secretary's upload (a lift file of a gigabyte) must stream through.
 */
class SignedInRequests implements ClientHttpRequestInitializer {

	private final OAuth2AuthorizedClientManager manager;

	SignedInRequests(OAuth2AuthorizedClientManager manager) {
		this.manager = manager;
	}

	@Override
	public void initialize(ClientHttpRequest request) {
		Authentication person = SecurityContextHolder.getContext().getAuthentication();
		if (person != null) {
			OAuth2AuthorizeRequest.Builder authorize = OAuth2AuthorizeRequest
				.withClientRegistrationId(KeycloakRegistration.ID)
				.principal(person);
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
				authorize.attribute(HttpServletRequest.class.getName(), servlet.getRequest());
				if (servlet.getResponse() != null) {
					authorize.attribute(HttpServletResponse.class.getName(), servlet.getResponse());
				}
			}
			OAuth2AuthorizedClient client = this.manager.authorize(authorize.build());
			if (client != null) {
				request.getHeaders().setBearerAuth(client.getAccessToken().getTokenValue());
			}
		}
		request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, WorkspaceCommune.locale().getLanguage());
	}

}
