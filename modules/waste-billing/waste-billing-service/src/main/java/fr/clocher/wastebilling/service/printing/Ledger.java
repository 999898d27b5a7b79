package fr.clocher.wastebilling.service.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.api.Paris;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.service.payers.MemberCommunes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * An issued run's ledger: one line per invoice or credit note, by number, read a page at
 * a time. What a French spreadsheet opens as is: UTF-8 with its mark, {@code ;} between
 * columns, amounts in euros with a decimal comma.
 */
class Ledger {

	static final int PAGE = 1_000;

	private static final CSVFormat FORMAT = CSVFormat.Builder.create()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setHeader("Numéro", "Type", "Date d'émission", "Référence redevable", "Nom", "Commune", "Montant (€)",
				"Facture corrigée")
		.get();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PrintStore store;

	private final MemberCommunes communes;

	private final TransactionTemplate readOnly;

	Ledger(PrintStore store, MemberCommunes communes, TransactionTemplate readOnly) {
		this.store = store;
		this.communes = communes;
		this.readOnly = readOnly;
	}

	/** Writes the ledger of an issued run: {@code run-not-issued} (409) otherwise. */
	void write(UUID run, OutputStream out) {
		this.readOnly.executeWithoutResult((status) -> {
			this.store.requireIssued(run);
			Map<UUID, MemberCommune> names = this.communes.byId();
			try {
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				writer.write('\ufeff');
				CSVPrinter csv = new CSVPrinter(writer, FORMAT);
				String after = null;
				List<PrintedInvoice> page;
				do {
					page = this.store.page(run, after, PAGE, false);
					for (PrintedInvoice invoice : page) {
						csv.printRecord(invoice.number(), (invoice.kind() == InvoiceKind.INVOICE) ? "Facture" : "Avoir",
								DATE.format(invoice.issuedAt().atZone(Paris.ZONE)), invoice.payerReference(),
								invoice.payerName(), InvoicePdfs.communeName(names, invoice),
								euros(invoice.totalCents()), invoice.correctsNumber());
						after = invoice.number();
					}
				}
				while (page.size() == PAGE);
				csv.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * {@code 1234,50}: euros with a decimal comma, no grouping (a number to a
	 * spreadsheet).
	 */
	static String euros(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
	}

}
