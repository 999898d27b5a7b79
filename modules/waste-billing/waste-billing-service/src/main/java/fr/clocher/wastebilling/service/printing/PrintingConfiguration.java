package fr.clocher.wastebilling.service.printing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.wastebilling.service.jobs.JobFiles;
import fr.clocher.wastebilling.service.jobs.Jobs;
import fr.clocher.wastebilling.service.payers.MemberCommunes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The prints: invoices and credit notes as PDF, the run's PDF as a job, the ledger, their
 * controller.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrintingProperties.class)
@Import(InvoicePrintsController.class)
public class PrintingConfiguration {

	@Bean
	PrintStore wastePrintStore(JdbcClient jdbc) {
		return new PrintStore(jdbc);
	}

	@Bean
	InvoiceDocuments wasteInvoiceDocuments(SiteTemplates templates, PrintingProperties properties) {
		return new InvoiceDocuments(templates, properties.paymentDays());
	}

	@Bean
	Letterhead wasteLetterhead(TenantDirectory directory, SiteAddresses addresses, SiteModules site) {
		return new Letterhead(directory, addresses, site);
	}

	@Bean
	InvoicePdfs wasteInvoicePdfs(PrintStore store, InvoiceDocuments documents, Letterhead letterhead,
			MemberCommunes communes, PlatformTransactionManager transactions) {
		return new InvoicePdfs(store, documents, letterhead, communes, readOnly(transactions));
	}

	/**
	 * Where the files jobs make wait to be downloaded: the run's PDF here, the PES file
	 * of the treasury export too.
	 */
	@Bean
	JobFiles wasteJobFiles(PrintingProperties properties) {
		Path root = properties.directory().isBlank()
				? Path.of(System.getProperty("java.io.tmpdir"), "clocher-waste-prints")
				: Path.of(properties.directory());
		return new JobFiles(root, Duration.ofHours(properties.keepHours()));
	}

	@Bean
	RunPrints wasteRunPrints(Jobs jobs, PrintStore store, InvoiceDocuments documents, Letterhead letterhead,
			MemberCommunes communes, PlatformTransactionManager transactions, PrintingProperties properties,
			JobFiles files) {
		return new RunPrints(jobs, store, documents, letterhead, communes, readOnly(transactions), files,
				properties.batch(), renderers(properties.renderThreads()), Math.max(1, properties.renderThreads()));
	}

	/**
	 * The threads rendering the batches of the runs' PDFs (no tenant's data is read
	 * there); not an {@code Executor} bean, which would take the place of the
	 * application's task executor: {@link RunPrints} stops them when it closes.
	 */
	private static ExecutorService renderers(int threads) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(Math.max(1, threads), (work) -> {
			Thread thread = new Thread(work, "waste-print-render-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	Ledger wasteLedger(PrintStore store, MemberCommunes communes, PlatformTransactionManager transactions) {
		return new Ledger(store, communes, readOnly(transactions));
	}

	private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		return template;
	}

}
