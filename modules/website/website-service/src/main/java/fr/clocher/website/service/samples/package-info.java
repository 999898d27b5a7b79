/**
 * The website's sample pages for the accessibility check of the public site: what a
 * secretary fills in for a real site (theme, town hall, pages, menu, home, council,
 * accessibility statement) and the pages that show it.
 */
package fr.clocher.website.service.samples;
