/**
 * The residents' evidence on a commune's site ({@code /redevance}): a resident who types
 * a payer reference and one of its invoice numbers sees that payer's lifts of the
 * invoice's period and its invoices. The collector's data (the intercommunality's, or the
 * commune's own when it bills itself) is read by one explicit query under the collector's
 * context, for payers whose billing commune is the site's commune only; attempts are
 * counted per client and per reference, and each lookup logged, in the site commune's
 * tables.
 */
package fr.clocher.wastebilling.service.evidence;
