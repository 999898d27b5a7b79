/**
 * The secretary's preview of an announcement, a draft included, as residents will see it.
 */
package fr.clocher.announcements.service.preview;
