package fr.clocher.wastebilling.service.lifts;

import java.time.Clock;

import javax.sql.DataSource;

import fr.clocher.wastebilling.service.WasteBillingProperties;
import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lift files' import: its store, its importer, its controller. */
@Configuration(proxyBeanMethods = false)
@Import(LiftImportsController.class)
public class LiftsConfiguration {

	@Bean
	LiftImportStore wasteLiftImportStore(JdbcClient jdbc) {
		return new LiftImportStore(jdbc);
	}

	@Bean
	LiftImporter wasteLiftImporter(DataSource dataSource, LiftImportStore store, JdbcClient jdbc, WasteChanges changes,
			WasteBillingProperties properties, ObjectProvider<Clock> clock) {
		return new LiftImporter(dataSource, store, jdbc, changes, properties, clock.getIfAvailable(Clock::systemUTC));
	}

}
