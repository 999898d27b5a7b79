/**
 * The website module's contract: everything the secretary's screens (website-ui, in
 * portal-ui) read and change about her commune's public site, as records and one Spring
 * HTTP interface, {@link fr.clocher.website.api.WebsiteApi}. tenant-service implements
 * the interface; portal-ui calls it through an HTTP service proxy with the signed-in
 * person's token.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>{@code tenant} is the commune's slug, as in every {@code /api/tenants/{tenant}}
 * path.</li>
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
 * Nothing is saved when a request is refused.</li>
 * <li>Every change is recorded in the commune's change log and makes the public site's
 * caches revalidate.</li>
 * </ul>
 */
package fr.clocher.website.api;
