package fr.clocher.wastebilling.service;

import fr.clocher.kernel.audit.AuditAutoConfiguration;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.module.ModuleKernelAutoConfiguration;
import fr.clocher.wastebilling.service.billing.BillingConfiguration;
import fr.clocher.wastebilling.service.bins.BinsConfiguration;
import fr.clocher.wastebilling.service.evidence.EvidenceConfiguration;
import fr.clocher.wastebilling.service.jobs.JobsConfiguration;
import fr.clocher.wastebilling.service.lifts.LiftsConfiguration;
import fr.clocher.wastebilling.service.payers.PayersConfiguration;
import fr.clocher.wastebilling.service.printing.PrintingConfiguration;
import fr.clocher.wastebilling.service.simulator.SimulatorConfiguration;
import fr.clocher.wastebilling.service.tariffs.TariffsConfiguration;
import fr.clocher.wastebilling.service.support.WasteChanges;
import fr.clocher.wastebilling.service.treasury.TreasuryConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Installs the waste billing module: listed in this jar's
 * {@code META-INF/spring/...AutoConfiguration.imports}, named by no kernel file. Each
 * feature brings its own configuration; this one adds what they share.
 */
@AutoConfiguration(after = { ModuleKernelAutoConfiguration.class, AuditAutoConfiguration.class })
@EnableConfigurationProperties(WasteBillingProperties.class)
@Import({ JobsConfiguration.class, PayersConfiguration.class, BinsConfiguration.class, TariffsConfiguration.class,
		LiftsConfiguration.class, BillingConfiguration.class, TreasuryConfiguration.class, PrintingConfiguration.class,
		EvidenceConfiguration.class, SimulatorConfiguration.class })
public class WasteBillingAutoConfiguration {

	@Bean
	WasteBillingModule wasteBillingModule() {
		return new WasteBillingModule();
	}

	@Bean
	WasteChanges wasteChanges(ChangeLog log) {
		return new WasteChanges(log);
	}

}
