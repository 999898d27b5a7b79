/**
 * Announcements across the intercommunality: a commune hides locally what its groups
 * publish; a group learns where its own go.
 */
package fr.clocher.announcements.ui.intercommunal;
