package fr.clocher.tenant.onboarding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Onboarding jobs run two at a time at most, the others wait in a short queue: each holds
 * one database connection for its whole transaction.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingConfiguration {

	static final String EXECUTOR = "onboardingExecutor";

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor onboardingExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(20);
		executor.setThreadNamePrefix("onboarding-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
