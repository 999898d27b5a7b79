/**
 * The bins: searched by tag page by page, created, given to payers over dates,
 * blacklisted when lost or stolen.
 */
package fr.clocher.wastebilling.ui.bins;
