package fr.clocher.gateway.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each path is for.
 */
class PathKindTests {

	@Test
	void theFirstSegmentDecidesWholly() {
		assertThat(PathKind.of("/api")).isEqualTo(PathKind.API);
		assertThat(PathKind.of("/api/platform/tenants")).isEqualTo(PathKind.API);
		assertThat(PathKind.of("/admin/")).isEqualTo(PathKind.ADMIN);
		assertThat(PathKind.of("/auth/realms/clocher")).isEqualTo(PathKind.AUTH);
		assertThat(PathKind.of("/actuator/health")).isEqualTo(PathKind.GATEWAY);
		assertThat(PathKind.of("/apiculture")).isEqualTo(PathKind.PUBLIC_SITE);
		assertThat(PathKind.of("/c/saint-orens/api")).isEqualTo(PathKind.PUBLIC_SITE);
		assertThat(PathKind.of("/")).isEqualTo(PathKind.PUBLIC_SITE);
	}

	@Test
	void onlyTheApiTheAdminAndSignInAreForThePlatformHostsOnly() {
		assertThat(PathKind.API.isPlatformOnly()).isTrue();
		assertThat(PathKind.ADMIN.isPlatformOnly()).isTrue();
		assertThat(PathKind.AUTH.isPlatformOnly()).isTrue();
		assertThat(PathKind.GATEWAY.isPlatformOnly()).isFalse();
		assertThat(PathKind.PUBLIC_SITE.isPlatformOnly()).isFalse();
	}

	@Test
	void platformPrefixesInAnotherCaseAreLookAlikes() {
		assertThat(PathKind.isLookAlike("/API/x")).isTrue();
		assertThat(PathKind.isLookAlike("/Admin")).isTrue();
		assertThat(PathKind.isLookAlike("/aUTH/realms/master")).isTrue();
		assertThat(PathKind.isLookAlike("/ACTUATOR/env")).isTrue();
		assertThat(PathKind.isLookAlike("/api/x")).isFalse();
		assertThat(PathKind.isLookAlike("/Apiculture")).isFalse();
		assertThat(PathKind.isLookAlike("/c/x/API")).isFalse();
	}

}
