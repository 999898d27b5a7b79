package fr.clocher.kernel.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.clocher.kernel.tenancy.TenancyAutoConfiguration;

/**
 * The change log, with the actor the application provides (the platform itself when it
 * provides none).
 */
@AutoConfiguration(after = TenancyAutoConfiguration.class)
public class AuditAutoConfiguration {

	@Bean
	ChangeLog changeLog(JdbcClient jdbc, ObjectProvider<ChangeActor> actor, ObjectProvider<Clock> clock) {
		return new ChangeLog(jdbc, actor.getIfAvailable(() -> () -> ChangeActor.SYSTEM),
				clock.getIfAvailable(Clock::systemUTC));
	}

}
