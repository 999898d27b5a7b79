/**
 * The directory's categories screen.
 */
package fr.clocher.directory.ui.categories;
