/**
 * What every announcements screen shares: the calls of one kind under common names
 * ({@link fr.clocher.announcements.ui.support.Desk}), the list and the editor built on
 * them, the form calls whose refusals name the field, the confirmation before a
 * destructive action, and the dates read and typed in Paris time. Texts come from the
 * module's bundle, {@code vaadin-i18n/announcements_translations.properties} (French) and
 * its {@code _en} companion, under keys that start with {@code announcements.}.
 */
package fr.clocher.announcements.ui.support;
