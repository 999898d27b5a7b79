/**
 * The printable A4 notice of an announcement for the town hall's board: a tagged
 * (PDF/UA), PDF/A document with the commune's name and logo.
 */
package fr.clocher.announcements.service.notice;
