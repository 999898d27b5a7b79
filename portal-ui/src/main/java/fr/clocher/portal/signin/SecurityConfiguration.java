package fr.clocher.portal.signin;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Every view needs a signed-in person. Vaadin's security configurer sends whoever is not
 * signed in to Keycloak ({@code /oauth2/authorization/keycloak}) and, at sign-out, does
 * OpenID Connect RP-initiated logout back to {@code /admin/}. Spring Security's OAuth2
 * login runs the authorization code flow with PKCE (S256); failures, Keycloak down
 * included, end on {@link SignInFailedView}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SignInProperties.class)
class SecurityConfiguration {

	private static final String FAILURE_URL = "/" + SignInFailedView.ROUTE;

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(SignInProperties properties) {
		return new InMemoryClientRegistrationRepository(KeycloakRegistration.of(properties));
	}

	/**
	 * Where the sign-in keeps the person's tokens and where calls to tenant-service read
	 * them: her HTTP session, so they end with it (sign-out, expiry) and two sessions of
	 * one person never share tokens.
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	@Bean
	SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients, SignInProperties properties) {
		http.with(VaadinSecurityConfigurer.vaadin(),
				(vaadin) -> vaadin.oauth2LoginPage(KeycloakRegistration.LOGIN_PATH, "{baseUrl}/"));
		http.oauth2Login((login) -> login.authorizedClientRepository(authorizedClients)
			.authorizationEndpoint((endpoint) -> endpoint
				.authorizationRequestResolver(authorizationRequestResolver(registrations, properties)))
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcUserService(properties)))
			.failureUrl(FAILURE_URL)
			.withObjectPostProcessor(failOnUnavailableProvider()));
		return http.build();
	}

	private static OAuth2AuthorizationRequestResolver authorizationRequestResolver(
			ClientRegistrationRepository registrations, SignInProperties properties) {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return new ProbingAuthorizationRequestResolver(resolver, new IdentityProviderProbe(properties));
	}

	private static OidcUserService oidcUserService(SignInProperties properties) {
		OidcUserService service = new OidcUserService();
		service.setOidcUserConverter(new PortalUserConverter(accessTokenDecoder(properties)));
		return service;
	}

	/**
	 * Checks access tokens with the realm's keys (fetched at the internal address on
	 * first use, then cached) and the public issuer.
	 */
	private static JwtDecoder accessTokenDecoder(SignInProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withJwkSetUri(properties.internalRealmUrl() + "/protocol/openid-connect/certs")
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.publicIssuer()));
		return decoder;
	}

	private static ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> failOnUnavailableProvider() {
		return new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
			@Override
			public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
				filter.setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(FAILURE_URL));
				return filter;
			}
		};
	}

}
