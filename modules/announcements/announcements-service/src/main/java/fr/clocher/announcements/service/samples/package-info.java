/**
 * The module's samples: what a secretary posts on a real site, and the pages that show
 * it, for the accessibility check of every module's pages.
 */
package fr.clocher.announcements.service.samples;
