/**
 * What the secretary's announcements reached: reads of their public pages, counted by a
 * cookie-less beacon that still counts when the pages come from a cache, and their mail.
 */
package fr.clocher.announcements.service.audience;
