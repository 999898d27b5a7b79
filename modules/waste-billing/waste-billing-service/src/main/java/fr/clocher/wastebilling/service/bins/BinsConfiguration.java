package fr.clocher.wastebilling.service.bins;

import java.time.Clock;

import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bins: their store, their rules, their controller. */
@Configuration(proxyBeanMethods = false)
@Import(BinsController.class)
public class BinsConfiguration {

	@Bean
	BinStore wasteBinStore(JdbcClient jdbc) {
		return new BinStore(jdbc);
	}

	@Bean
	Bins wasteBins(BinStore store, WasteChanges changes, ObjectProvider<Clock> clock) {
		return new Bins(store, changes, clock.getIfAvailable(Clock::systemUTC));
	}

}
