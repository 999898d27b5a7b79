/**
 * The public commune site's frame: which commune a host or {@code /c/{slug}/} path shows,
 * its home page, and the pages for an unknown or suspended commune. Server-side HTML, no
 * client framework; the website module fills it in.
 */
package fr.clocher.tenant.site;
