/**
 * The payers: searched page by page, created and changed, with the bins they hold and
 * their exemptions.
 */
package fr.clocher.wastebilling.ui.payers;
