package fr.clocher.gateway.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which raw paths mean one thing only.
 */
class RawPathsTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/c/saint-orens/", "/c/saint-orens/actualites", "/admin", "/admin/",
			"/auth/realms/clocher/account", "/pages/%C3%A9t%C3%A9", "/recherche%20rapide", "/a%2Bb", "/a.b/c..d/...",
			"/.well-known/x", "/a/%3F", "/favicon.ico" })
	void canonicalPathsPass(String path) {
		assertThat(RawPaths.ambiguity(path)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "*", "auth/admin", "//", "//auth", "/auth//admin", "/a/./b", "/a/../b", "/a/..",
			"/a/.", "/..", "/a;b", "/a;/../b", "/a\\b", "/%2e%2e/b", "/%2E/b", "/.%2e/b", "/a%2Fb", "/a%2fb", "/a%5Cb",
			"/a%3Bb", "/a%252e", "/a%00", "/a%0A", "/a%7F", "/%61dmin", "/a%7E", "/a%2D", "/a%5F", "/a%", "/a%2",
			"/a%zz", "/a%g1", "/a b", "/é" })
	void ambiguousPathsAreNamed(String path) {
		assertThat(RawPaths.ambiguity(path)).isNotBlank();
	}

}
