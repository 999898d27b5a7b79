/**
 * A real Keycloak without Docker. {@link fr.clocher.kernel.keycloak.KeycloakDistribution}
 * makes the Maven Central distribution ready once per machine (unzipped and built under
 * {@code ~/.clocher}); {@link fr.clocher.kernel.keycloak.KeycloakServer} starts one
 * instance of it with its own data directory and the realm files to import, and stops it
 * with every process it started. {@link fr.clocher.kernel.keycloak.ClocherRealm} names
 * what the platform's realm file defines.
 */
package fr.clocher.kernel.keycloak;
