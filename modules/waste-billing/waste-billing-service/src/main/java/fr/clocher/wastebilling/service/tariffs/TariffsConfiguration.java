package fr.clocher.wastebilling.service.tariffs;

import java.time.Clock;

import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tariff grids: their book and their controller. */
@Configuration(proxyBeanMethods = false)
@Import(TariffsController.class)
public class TariffsConfiguration {

	@Bean
	TariffBook wasteTariffBook(JdbcClient jdbc, ObjectMapper json, ObjectProvider<Clock> clock) {
		return new TariffBook(jdbc, json, clock.getIfAvailable(Clock::systemUTC));
	}

}
