package fr.clocher.wastebilling.service.printing;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.service.payers.MemberCommunes;
import fr.clocher.wastebilling.service.printing.Letterhead.Issuer;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * An issued invoice or credit note of the current tenant as its payer receives it: for
 * the secretary's download and for the residents' page. Read in a read-only transaction
 * of its own, rendered after it ends.
 */
public class InvoicePdfs {

	private final PrintStore store;

	private final InvoiceDocuments documents;

	private final Letterhead letterhead;

	private final MemberCommunes communes;

	private final TransactionTemplate readOnly;

	InvoicePdfs(PrintStore store, InvoiceDocuments documents, Letterhead letterhead, MemberCommunes communes,
			TransactionTemplate readOnly) {
		this.store = store;
		this.documents = documents;
		this.letterhead = letterhead;
		this.communes = communes;
		this.readOnly = readOnly;
	}

	/**
	 * Writes an issued invoice or credit note of the current tenant as a tagged PDF.
	 * @param invoiceId the invoice or credit note
	 * @param out where the PDF goes (not closed)
	 * @throws ApiProblem {@code invoice-not-found} (404) when the tenant has no such
	 * invoice, {@code invoice-not-issued} (409) for one not issued yet
	 */
	public void write(UUID invoiceId, OutputStream out) {
		Printable printable = this.readOnly.execute((status) -> {
			PrintedInvoice invoice = this.store.invoice(invoiceId)
				.orElseThrow(() -> ApiProblem.notFound("invoice-not-found", "id",
						LocalizedText.of("Aucune facture n'a l'identifiant %s.", "No invoice has the id %s.")
							.formatted(invoiceId)));
			if (invoice.number() == null) {
				throw ApiProblem.conflict("invoice-not-issued", "id",
						LocalizedText.of("Cette facture n'est pas encore émise : elle n'a ni numéro ni PDF.",
								"This invoice is not issued yet: it has no number and no PDF."));
			}
			return new Printable(invoice, this.letterhead.current(), this.communes.byId());
		});
		this.documents.write(InvoiceDocuments.title(printable.invoice()), List.of(printable.invoice()),
				printable.issuer(), (invoice) -> communeName(printable.communes(), invoice), out);
	}

	static String communeName(Map<UUID, MemberCommune> communes, PrintedInvoice invoice) {
		MemberCommune commune = communes.get(invoice.communeId());
		return (commune != null) ? commune.name() : "";
	}

	private record Printable(PrintedInvoice invoice, Issuer issuer, Map<UUID, MemberCommune> communes) {

	}

}
