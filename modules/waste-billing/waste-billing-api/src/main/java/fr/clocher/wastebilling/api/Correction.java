package fr.clocher.wastebilling.api;

/**
 * A correction of an issued invoice: its credit note and the new invoice, both issued.
 */
public record Correction(Invoice creditNote, Invoice replacement) {

}
