/**
 * Events of the agenda: the list and the editor (whole days or timed, place, registration
 * link).
 */
package fr.clocher.announcements.ui.events;
