package fr.clocher.gateway.ratelimit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which class each request is counted in.
 */
class RateClassTests {

	@Test
	void signInIsTheLoginFormsAndTheTokenEndpoint() {
		assertThat(of(HttpMethod.POST, "/auth/realms/clocher/login-actions/authenticate")).isEqualTo(RateClass.SIGN_IN);
		assertThat(of(HttpMethod.GET, "/auth/realms/clocher/login-actions/required-action"))
			.isEqualTo(RateClass.SIGN_IN);
		assertThat(of(HttpMethod.POST, "/auth/realms/clocher/protocol/openid-connect/token"))
			.isEqualTo(RateClass.SIGN_IN);
		assertThat(of(HttpMethod.GET, "/auth/realms/clocher/protocol/openid-connect/auth")).isEqualTo(RateClass.PUBLIC);
		assertThat(of(HttpMethod.GET, "/auth/realms/clocher/account")).isEqualTo(RateClass.PUBLIC);
		assertThat(of(HttpMethod.GET, "/auth/resources/x/login/a.css")).isEqualTo(RateClass.PUBLIC);
		assertThat(of(HttpMethod.POST, "/auth/realms/clocher/login-actionsx")).isEqualTo(RateClass.PUBLIC);
	}

	@Test
	void theApiAndTheAdminWhateverTheMethod() {
		assertThat(of(HttpMethod.GET, "/api/platform/tenants")).isEqualTo(RateClass.API);
		assertThat(of(HttpMethod.POST, "/api/platform/communes")).isEqualTo(RateClass.API);
		assertThat(of(HttpMethod.POST, "/admin/")).isEqualTo(RateClass.ADMIN);
	}

	@Test
	void onThePublicSitesWritingIsCountedApartFromReading() {
		assertThat(of(HttpMethod.GET, "/c/saint-orens/")).isEqualTo(RateClass.PUBLIC);
		assertThat(of(HttpMethod.HEAD, "/")).isEqualTo(RateClass.PUBLIC);
		assertThat(of(HttpMethod.POST, "/contact")).isEqualTo(RateClass.PUBLIC_SUBMISSION);
		assertThat(of(HttpMethod.PUT, "/c/saint-orens/x")).isEqualTo(RateClass.PUBLIC_SUBMISSION);
		assertThat(of(HttpMethod.GET, "/actuator/health")).isEqualTo(RateClass.PUBLIC);
	}

	@Test
	void thePublicClassIsSetAtTheTopLevel() {
		RateLimitProperties properties = new RateLimitProperties(true, 7, 9, 10, false, "k:", null, null);
		assertThat(properties.rate(RateClass.PUBLIC)).isEqualTo(new Rate(7, 9));
		assertThat(properties.rate(RateClass.SIGN_IN)).isEqualTo(new Rate(5, 20));
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(true, 7, 9, 10, false, "k:", null,
				Map.of(RateClass.PUBLIC, new Rate(1, 1))));
	}

	private static RateClass of(HttpMethod method, String path) {
		return RateClass.of(MockServerHttpRequest.method(method, path).build());
	}

}
