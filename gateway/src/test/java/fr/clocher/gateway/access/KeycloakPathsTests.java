package fr.clocher.gateway.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which Keycloak paths are published, for the configured realm.
 */
class KeycloakPathsTests {

	private final KeycloakPaths paths = new KeycloakPaths("demo");

	@Test
	void theConfiguredRealmAndTheStaticFiles() {
		assertThat(this.paths.isPublished("/auth/realms/demo")).isTrue();
		assertThat(this.paths.isPublished("/auth/realms/demo/account")).isTrue();
		assertThat(this.paths.isPublished("/auth/resources/abc/login/x.css")).isTrue();
	}

	@Test
	void nothingElse() {
		assertThat(this.paths.isPublished("/auth/realms/clocher/account")).isFalse();
		assertThat(this.paths.isPublished("/auth/realms/demo2/account")).isFalse();
		assertThat(this.paths.isPublished("/auth/realms/Demo/account")).isFalse();
		assertThat(this.paths.isPublished("/auth/realms/master")).isFalse();
		assertThat(this.paths.isPublished("/auth/admin/master/console/")).isFalse();
		assertThat(this.paths.isPublished("/auth/resources/")).isFalse();
		assertThat(this.paths.isPublished("/auth/resources")).isFalse();
		assertThat(this.paths.isPublished("/auth/")).isFalse();
	}

	@Test
	void theRealmMustBeOneSegment() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AccessProperties(null, "clocher/../master"));
		assertThatIllegalArgumentException().isThrownBy(() -> new AccessProperties(null, "a b"));
	}

}
