/**
 * The yearly question to entries' owners, answered in one click; stale entries for the
 * secretary.
 */
package fr.clocher.directory.service.reminders;
