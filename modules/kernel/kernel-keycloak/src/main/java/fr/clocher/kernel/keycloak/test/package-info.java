/**
 * The one Keycloak of a test run, shared by every module's tests:
 * {@link fr.clocher.kernel.keycloak.test.TestKeycloak} starts it once per JVM
 * (Testcontainers when Docker runs, else the distribution), imports the platform's realm
 * and offers the users, organizations and real tokens tests need.
 */
package fr.clocher.kernel.keycloak.test;
