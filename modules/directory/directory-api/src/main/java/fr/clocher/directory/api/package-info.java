/**
 * The directory module's contract: what the secretary's screens (directory-ui, in
 * portal-ui) read and change, as records and one Spring HTTP interface per feature:
 * {@link fr.clocher.directory.api.EntriesApi} and
 * {@link fr.clocher.directory.api.CategoriesApi}, under
 * {@link fr.clocher.directory.api.Directory#API}.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>{@code tenant} is the tenant's slug (a commune, or an intercommunality whose
 * directory its member communes' sites show).</li>
 * <li>Every method answers 404 {@code module-not-enabled} when the tenant has not
 * switched the module on, and 403 for someone who does not serve the tenant.</li>
 * <li>Texts are French plain text: one holding HTML is refused, never cleaned.</li>
 * <li>A refused request answers an RFC 9457 problem detail with {@code code},
 * {@code field} (the first refused field) and {@code errors} (each {@code field},
 * {@code reason}); nothing is saved. {@code invalid-request} (400) for refused fields
 * ({@code openingHours[2].closes}...), {@code entry-not-found},
 * {@code category-not-found} (404), {@code category-not-empty} (409).</li>
 * <li>Every change is recorded in the tenant's change log; a change of what residents see
 * makes the public site's caches revalidate in the same transaction.</li>
 * </ul>
 */
package fr.clocher.directory.api;
