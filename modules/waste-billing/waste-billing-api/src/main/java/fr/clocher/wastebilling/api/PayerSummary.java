package fr.clocher.wastebilling.api;

import java.util.UUID;

/** A payer in a search's page. */
public record PayerSummary(UUID id, PayerKind kind, String reference, String name, String address, String communeName) {

}
