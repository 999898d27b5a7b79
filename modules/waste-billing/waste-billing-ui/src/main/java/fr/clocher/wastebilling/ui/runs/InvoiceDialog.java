package fr.clocher.wastebilling.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;

import fr.clocher.wastebilling.api.Invoice;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.InvoicePrintsApi;
import fr.clocher.wastebilling.ui.support.Labels;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One invoice of the run with each line's basis of calculation, as the payer will read
 * it: what the secretary checks behind a total or a difference.
 */
class InvoiceDialog extends Dialog {

	final Grid<InvoiceLine> lines = new Grid<>();

	final Paragraph total = new Paragraph();

	/** The invoice's PDF, as the payer receives it: once the invoice is issued. */
	final Anchor pdf = new Anchor();

	InvoiceDialog(Invoice invoice, InvoicePrintsApi printsApi, String tenant) {
		setHeaderTitle(translate("waste-billing.invoice.title", invoice.payerReference(), invoice.payerName()));
		setWidth("min(860px, 95vw)");
		setId("invoice-dialog");
		this.lines.addColumn((line) -> Labels.of(line.code())).setHeader(translate("waste-billing.review.component"));
		this.lines.addColumn(InvoiceLine::label).setHeader(translate("waste-billing.invoice.label")).setFlexGrow(2);
		this.lines.addColumn(InvoiceLine::basis).setHeader(translate("waste-billing.invoice.basis")).setFlexGrow(2);
		this.lines.addColumn((line) -> ReviewPanel.euros(line.amountCents()))
			.setHeader(translate("waste-billing.review.amount"));
		this.lines.setItems(invoice.lines());
		this.lines.setAllRowsVisible(true);
		this.total.setText(translate("waste-billing.invoice.total", ReviewPanel.euros(invoice.totalCents())));
		this.pdf.setId("download-invoice-pdf");
		this.pdf.setText(translate("waste-billing.invoice.pdf"));
		this.pdf.setVisible(invoice.number() != null);
		this.pdf.setHref((DownloadHandler) (event) -> {
			byte[] document = printsApi.invoicePdf(tenant, invoice.id());
			event.setFileName(
					((invoice.kind() == InvoiceKind.INVOICE) ? "facture-" : "avoir-") + invoice.number() + ".pdf");
			event.setContentType("application/pdf");
			event.getOutputStream().write(document);
		});
		add(this.lines, this.total, this.pdf);
		getFooter().add(new Button(translate("waste-billing.invoice.close"), (event) -> close()));
	}

}
