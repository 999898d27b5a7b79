package fr.clocher.wastebilling.service.printing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How invoices are printed ({@code clocher.waste-billing.printing}), its defaults here
 * only.
 *
 * @param paymentDays the days between an invoice's issue and its due date
 * @param directory where the runs' PDFs are written (tenant-service's disk), empty for
 * {@code clocher-waste-prints} in the system's temporary directory
 * @param batch the invoices rendered together, then appended to a run's PDF: what is in
 * memory at a time
 * @param keepHours how long a run's PDF stays downloadable
 * @param renderThreads the threads rendering batches of a run's PDF, shared by the prints
 * running (each print renders at most this many batches ahead of the one it appends)
 */
@ConfigurationProperties("clocher.waste-billing.printing")
public record PrintingProperties(@DefaultValue("30") int paymentDays, @DefaultValue("") String directory,
		@DefaultValue("100") int batch, @DefaultValue("24") int keepHours, @DefaultValue("2") int renderThreads) {

}
