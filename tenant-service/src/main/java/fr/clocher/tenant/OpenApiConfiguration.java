package fr.clocher.tenant;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI clocherOpenApi() {
		return new OpenAPI().info(new Info().title("Clocher tenant-service API")
			.description("Operator API (/api/platform) and tenant API (/api/tenants/{slug}). "
					+ "Errors are RFC 9457 problem details in French, or English with Accept-Language: en.")
			.version("0.1")
			.license(new License().name("Reference data: Etalab, MIT licence")));
	}

}
