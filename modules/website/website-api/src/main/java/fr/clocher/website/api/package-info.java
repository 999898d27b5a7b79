/**
 * The website module's contract: everything the secretary's screens (website-ui, in
 * portal-ui) read and change about her commune's public site, as records and one Spring
 * HTTP interface per feature: {@link fr.clocher.website.api.SiteOverviewApi},
 * {@link fr.clocher.website.api.PagesApi}, {@link fr.clocher.website.api.MenuApi},
 * {@link fr.clocher.website.api.HomeApi}, {@link fr.clocher.website.api.TownHallApi},
 * {@link fr.clocher.website.api.ThemeApi}, {@link fr.clocher.website.api.CouncilApi},
 * {@link fr.clocher.website.api.GeneratedPagesApi} and
 * {@link fr.clocher.website.api.FilesApi}, all under
 * {@link fr.clocher.website.api.Website#API}. tenant-service implements each interface
 * with one controller; portal-ui calls them through HTTP service proxies with the
 * signed-in person's token.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>{@code tenant} is the commune's slug, as in every {@code /api/tenants/{tenant}}
 * path.</li>
 * <li>Every method answers 404 {@code module-not-enabled} when the commune has switched
 * the website off, and 403 for someone who does not serve the commune.</li>
 * <li>Texts are French; identifiers are UUIDs chosen by the server.</li>
 * <li>Rich text ({@link fr.clocher.website.api.PageDraft#body()},
 * {@link fr.clocher.website.api.HomeContent#welcome()}) is HTML, sanitized by the server:
 * scripts, iframes, styles, event handlers and {@code javascript:} links are removed;
 * what comes back is what is stored. Allowed: paragraphs, headings h2–h4, bold, italic,
 * lists, links, blockquotes, tables, line breaks and images ({@code <img>} with a
 * non-blank {@code alt}, refused otherwise). Link and image addresses inside the site are
 * written site-relative ({@code /pages/ecole}, {@code /fichiers/images/<id>}): the public
 * site rewrites them for the address the reader used.</li>
 * <li>Plain text fields (generated pages, town hall note) are text: a blank line starts a
 * new paragraph.</li>
 * <li>A refused request answers an RFC 9457 problem detail in the reader's language (the
 * {@code Accept-Language} header) with the properties {@code code} (stable, listed on
 * each method), {@code field} (the first refused field) and {@code errors} (every refused
 * field: {@code field}, {@code reason}); {@code fr.clocher.kernel.ui.ApiError} reads it.
 * Nothing is saved when a request is refused. Codes several methods share:
 * {@code invalid-request} (400, fields refused, each one named in {@code errors}),
 * {@code page-not-found}, {@code image-not-found}, {@code attachment-not-found}
 * (404).</li>
 * <li>Every change is recorded in the commune's change log and makes the public site's
 * caches revalidate.</li>
 * </ul>
 */
package fr.clocher.website.api;
