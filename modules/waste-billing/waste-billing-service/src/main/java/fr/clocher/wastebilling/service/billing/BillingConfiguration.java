package fr.clocher.wastebilling.service.billing;

import java.time.Clock;

import javax.sql.DataSource;

import fr.clocher.wastebilling.service.WasteBillingProperties;
import fr.clocher.wastebilling.service.support.WasteChanges;
import fr.clocher.wastebilling.service.tariffs.TariffBook;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The billing runs: their stores, the facts they compute from, their controller. */
@Configuration(proxyBeanMethods = false)
@Import(BillingRunsController.class)
public class BillingConfiguration {

	@Bean
	RunStore wasteRunStore(JdbcClient jdbc) {
		return new RunStore(jdbc);
	}

	@Bean
	InvoiceStore wasteInvoiceStore(JdbcClient jdbc) {
		return new InvoiceStore(jdbc);
	}

	@Bean
	BillingFacts wasteBillingFacts(JdbcClient jdbc) {
		return new BillingFacts(jdbc);
	}

	@Bean
	BillingRuns wasteBillingRuns(RunStore runs, InvoiceStore invoices, BillingFacts facts, TariffBook tariffs,
			DataSource dataSource, WasteChanges changes, WasteBillingProperties properties,
			ObjectProvider<Clock> clock) {
		return new BillingRuns(runs, invoices, facts, tariffs, dataSource, changes,
				clock.getIfAvailable(Clock::systemUTC), properties.bulkWorkMem());
	}

}
