/**
 * Billing runs per period (half-year by default): the invoice arithmetic and its
 * proration rule ({@code InvoiceMaths}, {@code Period}), the facts read in set-based
 * queries, invoices written through {@code COPY} and moved under row-level security,
 * review totals and differences, gapless numbering per tenant and year, corrections by
 * credit note; {@code BillingRunsApi} served by {@code BillingRunsController}.
 */
package fr.clocher.wastebilling.service.billing;
