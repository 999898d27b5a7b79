/**
 * The public side: pages (news, agenda, alerts), the home section, the urgent alert band,
 * the feeds (RSS 2.0, iCalendar) and their autodiscovery links; the commune's own
 * announcements and its groups', marked as theirs.
 */
package fr.clocher.announcements.service.site;
