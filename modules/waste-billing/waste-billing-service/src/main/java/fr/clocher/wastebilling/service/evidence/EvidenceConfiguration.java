package fr.clocher.wastebilling.service.evidence;

import java.time.Clock;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.site.SiteStyleFragment;
import fr.clocher.kernel.site.MemberSiteVersions;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.service.printing.InvoicePdfs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The residents' evidence: its page on the commune's site, its post, its counters and
 * log, the one read of the collector's data, the module's site stylesheet.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
@Import(EvidenceController.class)
public class EvidenceConfiguration {

	/** The invoices' PDFs on the evidence page, as the secretary prints them. */
	@Bean
	EvidencePdfs wasteEvidencePdfs(InvoicePdfs pdfs) {
		return pdfs::write;
	}

	@Bean
	EvidencePages wasteEvidencePages(SiteTemplates templates) {
		return new EvidencePages(templates);
	}

	@Bean
	EvidenceMemberSites wasteEvidenceMemberSites(MemberSiteVersions members) {
		return new EvidenceMemberSites(members);
	}

	@Bean
	EvidenceSamples wasteEvidenceSamples(ModuleActivations activations) {
		return new EvidenceSamples(activations);
	}

	@Bean
	SiteStyleFragment wasteBillingSiteStyle() {
		return SiteStyleFragment.of(WasteBilling.KEY);
	}

	@Bean
	EvidenceLookups wasteEvidenceLookups(TenantWork work, JdbcClient jdbc, EvidenceProperties properties,
			ObjectProvider<TenantRelations> relations, ModuleActivations activations, ObjectProvider<Clock> clock) {
		return new EvidenceLookups(work, new Attempts(jdbc, properties), new LookupLog(jdbc, properties),
				new CollectorEvidence(jdbc), relations, activations, clock.getIfAvailable(Clock::systemUTC));
	}

}
