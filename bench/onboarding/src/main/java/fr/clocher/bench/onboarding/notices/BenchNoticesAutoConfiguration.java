package fr.clocher.bench.onboarding.notices;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;

/**
 * Installs the notice board the way every module installs itself: listed in this jar's
 * auto-configuration imports, registering its package for entities and repositories.
 */
@AutoConfiguration
@AutoConfigurationPackage
public class BenchNoticesAutoConfiguration {

	@Bean
	BenchNoticesModule benchNoticesModule() {
		return new BenchNoticesModule();
	}

}
