/**
 * The site's structured settings, each validated as a whole and stored as one document:
 * menu, home content, town hall, theme (with its contrast check), council.
 */
package fr.clocher.website.service.settings;
