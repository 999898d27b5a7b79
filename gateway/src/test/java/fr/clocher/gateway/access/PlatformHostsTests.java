package fr.clocher.gateway.access;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@code Host} headers are the platform's own.
 */
class PlatformHostsTests {

	private final PlatformHosts hosts = new PlatformHosts(
			new AccessProperties(List.of(" LocalHost ", "127.0.0.1", "[::1]", "clocher.example"), null)
				.platformHosts());

	@Test
	void comparedWithoutPortNorCase() {
		assertThat(this.hosts.contains("localhost")).isTrue();
		assertThat(this.hosts.contains("LOCALHOST:8080")).isTrue();
		assertThat(this.hosts.contains("127.0.0.1:18080")).isTrue();
		assertThat(this.hosts.contains("[::1]:8080")).isTrue();
		assertThat(this.hosts.contains("Clocher.Example")).isTrue();
	}

	@Test
	void everyOtherHostIsACommunes() {
		assertThat(this.hosts.contains("aureville.clocher.example")).isFalse();
		assertThat(this.hosts.contains("localhost.example")).isFalse();
		assertThat(this.hosts.contains("clocher.example.evil")).isFalse();
		assertThat(this.hosts.contains("[::2]")).isFalse();
		assertThat(this.hosts.contains("")).isFalse();
		assertThat(this.hosts.contains(null)).isFalse();
	}

	@Test
	void theDefaultsAreTheLocalMachine() {
		AccessProperties defaults = new AccessProperties(null, null);
		assertThat(defaults.platformHosts()).containsExactly("localhost", "127.0.0.1");
		assertThat(defaults.keycloakRealm()).isEqualTo("clocher");
	}

}
