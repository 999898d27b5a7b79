package fr.clocher.wastebilling.api;

/** An invoice, or a credit note cancelling one. */
public enum InvoiceKind {

	INVOICE, CREDIT_NOTE

}
