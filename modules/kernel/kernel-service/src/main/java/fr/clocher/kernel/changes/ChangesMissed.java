package fr.clocher.kernel.changes;

/**
 * Notifications may have been missed (the listening connection was lost, or is only now
 * listening): whatever was kept from the database must be read again.
 */
public record ChangesMissed() {

}
