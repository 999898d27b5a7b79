/**
 * Test support: real HTTP backends on loopback ports that record what the gateway sends
 * them, and a client for the gateway under test.
 */
package fr.clocher.gateway.testsupport;
