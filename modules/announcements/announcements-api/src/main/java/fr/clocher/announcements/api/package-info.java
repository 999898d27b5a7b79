/**
 * The announcements module's contract: what the secretary's screens (announcements-ui, in
 * portal-ui) read and change, as records and one Spring HTTP interface per feature:
 * {@link fr.clocher.announcements.api.NewsApi},
 * {@link fr.clocher.announcements.api.EventsApi},
 * {@link fr.clocher.announcements.api.AlertsApi},
 * {@link fr.clocher.announcements.api.ImagesApi},
 * {@link fr.clocher.announcements.api.NoticesApi},
 * {@link fr.clocher.announcements.api.SubscriptionsApi},
 * {@link fr.clocher.announcements.api.AudienceApi},
 * {@link fr.clocher.announcements.api.PreviewApi} and
 * {@link fr.clocher.announcements.api.IntercommunalApi}, all under
 * {@link fr.clocher.announcements.api.Announcements#API}.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>{@code tenant} is the tenant's slug (a commune, or an intercommunality publishing
 * for its member communes).</li>
 * <li>Every method answers 404 {@code module-not-enabled} when the tenant has not
 * switched the module on, and 403 for someone who does not serve the tenant.</li>
 * <li>Texts are French; identifiers are UUIDs chosen by the server; moments are ISO-8601
 * instants, except an event's start and end, which are Paris local times.</li>
 * <li>Rich text (a body) is HTML sanitized by the server as the website's pages are:
 * scripts, styles, frames, event handlers and {@code javascript:} links are removed, what
 * comes back is what is stored; an {@code <img>} without a non-blank {@code alt} is
 * refused.</li>
 * <li>A refused request answers an RFC 9457 problem detail with {@code code},
 * {@code field} (the first refused field) and {@code errors} (each {@code field},
 * {@code reason}); nothing is saved. {@code invalid-request} (400) for refused fields,
 * {@code news-not-found}, {@code event-not-found}, {@code alert-not-found},
 * {@code image-not-found} (404).</li>
 * <li>Every change is recorded in the tenant's change log; a change of what residents see
 * makes the public site's caches revalidate in the same transaction.</li>
 * </ul>
 */
package fr.clocher.announcements.api;
