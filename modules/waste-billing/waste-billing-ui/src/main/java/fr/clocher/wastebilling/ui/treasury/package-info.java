/**
 * The treasury export on the secretary's side: the collectivity's identifiers at the
 * treasury, and the download of an issued run's PES file (which Clocher neither signs nor
 * sends).
 */
package fr.clocher.wastebilling.ui.treasury;
