/**
 * The moderation of residents' proposals.
 */
package fr.clocher.directory.ui.moderation;
