/**
 * The waste billing module's contract ("redevance incitative"): the payers of the
 * tenant's member communes and their bins ({@link fr.clocher.wastebilling.api.PayersApi},
 * {@link fr.clocher.wastebilling.api.BinsApi}), the tariff grid per year
 * ({@link fr.clocher.wastebilling.api.TariffsApi}), the collection vehicles' lift files
 * ({@link fr.clocher.wastebilling.api.LiftImportsApi}) and the billing runs with their
 * invoices ({@link fr.clocher.wastebilling.api.BillingRunsApi}), all under
 * {@link fr.clocher.wastebilling.api.WasteBilling#API}. Money is in integer cents,
 * rounded as {@link fr.clocher.wastebilling.api.Cents} states.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>{@code tenant} is the slug of the tenant that collects the waste (usually an
 * intercommunality).</li>
 * <li>Every method answers 404 {@code module-not-enabled} when the tenant has not
 * switched the module on, and 403 for someone who does not serve the tenant.</li>
 * <li>A refused request answers an RFC 9457 problem detail in the reader's language
 * (French by default) with {@code code}, {@code field} (the first refused field) and
 * {@code errors} (each refused field and why). Nothing is saved when a request is
 * refused. Shared codes: {@code invalid-request} (400), {@code payer-not-found},
 * {@code bin-not-found}, {@code run-not-found}, {@code invoice-not-found},
 * {@code import-not-found} (404).</li>
 * <li>Dates are calendar dates in Paris; a range's last day is included.</li>
 * </ul>
 */
package fr.clocher.wastebilling.api;
