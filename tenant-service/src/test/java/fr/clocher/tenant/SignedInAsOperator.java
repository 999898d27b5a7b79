package fr.clocher.tenant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * For tests of the operator API whose subject is not identity: every MockMvc request
 * carries an operator's JWT unless it sets its own. Identity itself is tested against a
 * real Keycloak.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInAsOperator {

	@Bean
	MockMvcBuilderCustomizer operatorByDefault() {
		return (builder) -> builder
			.defaultRequest(get("/").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_platform-operator"))));
	}

}
