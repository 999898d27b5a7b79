package fr.clocher.wastebilling.service.jobs;

import java.time.Clock;

import fr.clocher.wastebilling.service.WasteBillingProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;

/** The background jobs: their store and their few worker threads. */
@Configuration(proxyBeanMethods = false)
public class JobsConfiguration {

	/**
	 * The jobs, with threads of their own: not an {@code Executor} bean, which would take
	 * the place of the application's task executor.
	 */
	@Bean
	Jobs wasteJobs(JdbcClient jdbc, PlatformTransactionManager transactions, WasteBillingProperties properties,
			ObjectProvider<Clock> clock) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("waste-job-");
		executor.setCorePoolSize(properties.jobThreads());
		executor.setMaxPoolSize(properties.jobThreads());
		executor.setQueueCapacity(100);
		executor.initialize();
		return new Jobs(new JobStore(jdbc), transactions, executor, clock.getIfAvailable(Clock::systemUTC),
				properties.jobHeartbeat());
	}

	/** The heartbeat of the jobs running here, on a thread of its own. */
	@Bean(destroyMethod = "shutdown")
	ThreadPoolTaskScheduler wasteJobsHeartbeat(Jobs jobs, WasteBillingProperties properties) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("waste-job-heartbeat-");
		// The beat never holds a process up: the benchmark's JVM stayed alive on it after
		// its context had closed.
		scheduler.setDaemon(true);
		scheduler.initialize();
		scheduler.scheduleWithFixedDelay(jobs::beat, properties.jobHeartbeat());
		return scheduler;
	}

}
