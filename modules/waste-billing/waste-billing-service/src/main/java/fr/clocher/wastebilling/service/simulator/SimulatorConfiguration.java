package fr.clocher.wastebilling.service.simulator;

import java.time.Clock;

import fr.clocher.wastebilling.service.WasteBillingProperties;
import fr.clocher.wastebilling.service.billing.PeriodBills;
import fr.clocher.wastebilling.service.tariffs.TariffBook;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tariff simulator and its controller. */
@Configuration(proxyBeanMethods = false)
@Import(TariffSimulationsController.class)
public class SimulatorConfiguration {

	@Bean
	TariffSimulator wasteTariffSimulator(JdbcClient jdbc, TariffBook tariffs, WasteBillingProperties properties,
			ObjectProvider<Clock> clock) {
		return new TariffSimulator(new PeriodBills(jdbc), tariffs, jdbc, properties.bulkWorkMem(),
				clock.getIfAvailable(Clock::systemUTC));
	}

}
