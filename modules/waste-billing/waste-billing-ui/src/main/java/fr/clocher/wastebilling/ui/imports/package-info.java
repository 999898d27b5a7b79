/**
 * The collection vehicles' lift files: streamed to the API as they upload, with their
 * progress, their refusal line by line or their report of anomalies, downloadable as CSV.
 */
package fr.clocher.wastebilling.ui.imports;
