/**
 * News items: the list, and the editor with the image and its alternative text.
 */
package fr.clocher.announcements.ui.news;
