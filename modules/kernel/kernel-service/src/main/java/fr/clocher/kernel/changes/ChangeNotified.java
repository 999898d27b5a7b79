package fr.clocher.kernel.changes;

/**
 * A change committed by any instance (this one included), as its trigger notified it.
 *
 * @param channel what changed
 * @param payload what the trigger said about it
 */
public record ChangeNotified(ChangeChannel channel, String payload) {

}
