package fr.clocher.portal.tenantapi;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import fr.clocher.portal.signin.KeycloakRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.HttpServiceGroup;
import org.springframework.web.service.registry.HttpServiceGroupConfigurer.ClientCallback;
import org.springframework.web.service.registry.HttpServiceGroupConfigurer.GroupCallback;
import org.springframework.web.service.registry.HttpServiceGroupConfigurer.Groups;
import org.springframework.web.service.registry.HttpServiceGroupConfigurer.InitializingClientCallback;
import org.springframework.web.service.registry.HttpServiceGroupConfigurer.ProxyFactoryCallback;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call to tenant-service carries the signed-in person's token, obtained for her, and
 * her language; the clients have no interceptor, so that a request body streams rather
 * than being held in memory.
 */
class SignedInRequestsTests {

	private final List<OAuth2AuthorizeRequest> asked = new ArrayList<>();

	private final SignedInRequests signedIn = new SignedInRequests((authorize) -> {
		this.asked.add(authorize);
		return new OAuth2AuthorizedClient(registration(), authorize.getPrincipal().getName(), new OAuth2AccessToken(
				OAuth2AccessToken.TokenType.BEARER, "jeton-de-marie", Instant.now(), Instant.now().plusSeconds(300)));
	});

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCallCarriesTheTokenOfThePersonSignedInAndHerLanguage() throws Exception {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("marie", null));
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.POST, URI.create("http://t/api"));

		this.signedIn.initialize(request);

		assertThat(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer jeton-de-marie");
		assertThat(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)).isEqualTo("fr");
		assertThat(this.asked).singleElement()
			.satisfies(
					(authorize) -> assertThat(authorize.getClientRegistrationId()).isEqualTo(KeycloakRegistration.ID));
	}

	@Test
	void withNobodySignedInNoTokenIsSent() {
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.GET, URI.create("http://t/api"));

		this.signedIn.initialize(request);

		assertThat(request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		assertThat(this.asked).isEmpty();
	}

	@Test
	void theClientsHaveNoInterceptorSoABodyStreams() {
		RestClient.Builder client = RestClient.builder();
		RestClientHttpServiceGroupConfigurer configurer = new TenantServiceConfiguration()
			.tenantServiceClients((authorize) -> null);
		configurer.configureGroups(new OneClient(client));

		List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>();
		client.requestInterceptors(interceptors::addAll);
		assertThat(interceptors).isEmpty();
	}

	/**
	 * The tenant-service group with one client, as the registry hands it to configurers.
	 */
	private record OneClient(RestClient.Builder client) implements Groups<RestClient.Builder> {

		@Override
		public Groups<RestClient.Builder> filterByName(String... names) {
			return this;
		}

		@Override
		public Groups<RestClient.Builder> filter(Predicate<HttpServiceGroup> predicate) {
			return this;
		}

		@Override
		public void forEachClient(ClientCallback<RestClient.Builder> callback) {
			callback.withClient(null, this.client);
		}

		@Override
		public void forEachClient(InitializingClientCallback<RestClient.Builder> callback) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void forEachProxyFactory(ProxyFactoryCallback callback) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void forEachGroup(GroupCallback<RestClient.Builder> callback) {
			throw new UnsupportedOperationException();
		}

	}

	private static ClientRegistration registration() {
		return ClientRegistration.withRegistrationId(KeycloakRegistration.ID)
			.clientId("portal")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/admin/login/oauth2/code/keycloak")
			.authorizationUri("http://localhost/auth")
			.tokenUri("http://localhost/token")
			.build();
	}

}
