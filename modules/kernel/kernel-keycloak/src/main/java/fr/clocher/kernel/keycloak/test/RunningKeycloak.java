package fr.clocher.kernel.keycloak.test;

/**
 * The Keycloak a test run uses, whatever started it.
 *
 * @param baseUrl its URL with {@code /auth}, without a trailing slash
 * @param adminUsername the master realm's admin
 * @param adminPassword its password
 * @param description what it is, for the log
 * @param stop stops it
 */
record RunningKeycloak(String baseUrl, String adminUsername, String adminPassword, String description, Runnable stop) {

}
