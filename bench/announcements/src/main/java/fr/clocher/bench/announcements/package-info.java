/**
 * The announcements benchmark: an urgent alert's publication until it shows on the
 * commune's home page through the gateway, against a plain page load; the mail outbox's
 * fan-out to 10,000 subscribers, against a bare loop sending the same messages to the
 * same SMTP server.
 */
package fr.clocher.bench.announcements;
