/**
 * The entries: their list and search, the editor, the dashboard card.
 */
package fr.clocher.directory.ui.entries;
