/**
 * Events of the agenda: start and end (whole days or timed, Paris time), place and an
 * optional registration link.
 */
package fr.clocher.announcements.service.events;
