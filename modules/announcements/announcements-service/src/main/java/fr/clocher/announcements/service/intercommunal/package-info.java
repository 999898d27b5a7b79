/**
 * Intercommunal announcements on a member commune's site: the groups' public rows, read
 * through the public-only policy (never written), and the commune's choice to hide one
 * locally.
 */
package fr.clocher.announcements.service.intercommunal;
