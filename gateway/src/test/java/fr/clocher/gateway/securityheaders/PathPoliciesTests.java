package fr.clocher.gateway.securityheaders;

import java.util.List;

import fr.clocher.gateway.securityheaders.SecurityHeadersProperties.PathPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which policy covers which path.
 */
class PathPoliciesTests {

	private final PathPolicies policies = new PathPolicies(new SecurityHeadersProperties("strict", "DENY", null, null,
			null, List.of(new PathPolicy("/admin", "vaadin", null), new PathPolicy("/auth/", null, "SAMEORIGIN"))));

	@Test
	void aPrefixCoversItselfAndWhatIsBelowIt() {
		assertThat(this.policies.forPath("/admin").contentSecurityPolicy()).isEqualTo("vaadin");
		assertThat(this.policies.forPath("/admin/").contentSecurityPolicy()).isEqualTo("vaadin");
		assertThat(this.policies.forPath("/admin/VAADIN/x.js").contentSecurityPolicy()).isEqualTo("vaadin");
		assertThat(this.policies.forPath("/admin").frameOptions()).isEqualTo("DENY");
		assertThat(this.policies.forPath("/auth/realms/x")).isEqualTo(new PathPolicies.Chosen("strict", "SAMEORIGIN"));
	}

	@Test
	void otherPathsGetTheDefaults() {
		assertThat(this.policies.forPath("/administration").contentSecurityPolicy()).isEqualTo("strict");
		assertThat(this.policies.forPath("/admin%2F..%2Fc/x").contentSecurityPolicy()).isEqualTo("strict");
		assertThat(this.policies.forPath("/c/saint-orens/")).isEqualTo(new PathPolicies.Chosen("strict", "DENY"));
	}

}
