/**
 * The directory's screens in portal-ui: entries, the entry editor, categories, the
 * dashboard card.
 */
package fr.clocher.directory.ui;
