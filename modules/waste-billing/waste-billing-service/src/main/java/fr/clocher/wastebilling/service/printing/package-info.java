/**
 * What an issued run hands out: each invoice or credit note as a tagged PDF in French
 * with its basis of calculation and the mandatory mentions ({@code InvoicePdfs}, also for
 * the residents' page), the whole run as one PDF for the printer, made in the background
 * and streamed to a file chunk by chunk ({@code RunPrints}, {@code StreamedPdf}), and the
 * run's ledger as CSV ({@code Ledger}); {@code InvoicePrintsApi} served by
 * {@code InvoicePrintsController}.
 */
package fr.clocher.wastebilling.service.printing;
