/**
 * The public commune sites. One handler answers every public address of a commune, on its
 * host or, on the platform's own hosts only, under {@code /c/{slug}/}: it says so
 * politely when the commune is unknown or suspended, answers 304 when the reader's copy
 * is current (ETag and Last-Modified from the kernel's site version), serves again a page
 * already rendered for the same commune and ETag
 * ({@link fr.clocher.kernel.site.web.SitePageCache}, emptied for a commune when it
 * publishes), and otherwise asks the enabled modules'
 * {@link fr.clocher.kernel.site.SitePages} for the content and frames pages in the
 * commune's look (Mustache, one small style sheet per combination of enabled modules, the
 * frame's rules and the modules' {@link fr.clocher.kernel.site.SiteStyleFragment}s, no
 * script). Also {@code robots.txt} and {@code sitemap.xml}. A commune's home page is
 * rendered once before the server takes requests, so that the first readers do not load
 * the classes all at once.
 */
package fr.clocher.kernel.site.web;
