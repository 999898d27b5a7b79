package fr.clocher.kernel.api.platform;

/**
 * Whether one part of the platform answers.
 *
 * @param key {@code tenant-service}, {@code database}, {@code keycloak}, ...
 * @param up whether it answered as expected
 * @param detail what was seen, for the operator
 * @param millis how long the check took
 */
public record ServiceCheck(String key, boolean up, String detail, long millis) {

}
