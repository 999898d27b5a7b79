/**
 * The site's structured settings, each validated as a whole and stored as one document:
 * menu, home content, town hall, theme (with its contrast check), council; each served by
 * its own controller ({@code MenuApi} by {@code MenuController}...).
 */
package fr.clocher.website.service.settings;
