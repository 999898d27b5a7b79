package fr.clocher.wastebilling.service.treasury;

import java.time.Clock;

import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.wastebilling.service.jobs.JobFiles;
import fr.clocher.wastebilling.service.jobs.Jobs;
import fr.clocher.wastebilling.service.payers.MemberCommunes;
import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The treasury export: its settings, the PES schema and writer, its controller. */
@Configuration(proxyBeanMethods = false)
@Import(TreasuryController.class)
public class TreasuryConfiguration {

	@Bean
	TreasuryStore wasteTreasuryStore(JdbcClient jdbc) {
		return new TreasuryStore(jdbc);
	}

	@Bean
	PesSchema wastePesSchema() {
		return new PesSchema();
	}

	@Bean
	TreasurySettingsService wasteTreasurySettings(TreasuryStore store, WasteChanges changes,
			ObjectProvider<Clock> clock) {
		return new TreasurySettingsService(store, changes, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PesExport wastePesExport(TreasuryStore store, PesSchema schema, MemberCommunes communes,
			ObjectProvider<Clock> clock, TenantDirectory tenants) {
		return new PesExport(store, schema, communes, clock.getIfAvailable(Clock::systemUTC), tenants);
	}

	@Bean
	PesJobs wastePesJobs(Jobs jobs, PesExport export, JobFiles files) {
		return new PesJobs(jobs, export, files);
	}

}
