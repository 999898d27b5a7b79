/**
 * The public commune sites. One handler answers every public address of a commune, on its
 * host or under {@code /c/{slug}/}: it says so politely when the commune is unknown or
 * suspended, answers 304 when the reader's copy is current (ETag and Last-Modified from
 * the kernel's site version), asks the enabled modules'
 * {@link fr.clocher.kernel.site.SitePages} for the content, and frames pages in the
 * commune's look (Mustache, one small style sheet, no script). Also {@code robots.txt}
 * and {@code sitemap.xml}.
 */
package fr.clocher.tenant.site;
