/**
 * What the module's features share: the announcements' table (one row per news item,
 * event or alert), the checks of what the secretary writes, publication now or at a set
 * time with its change log line and site version, and who publishes for a commune's site
 * (the commune and its groups, read through the public-only policy).
 */
package fr.clocher.announcements.service.content;
