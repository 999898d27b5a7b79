/**
 * The gateway's management endpoints: on a port of their own in production (the
 * Kubernetes manifests set {@code MANAGEMENT_SERVER_PORT}), where Prometheus scrapes and
 * the probes ask; when they share the public port (the run command), only the health
 * answers to anyone, the rest (Prometheus...) only to a client on the same machine.
 */
package fr.clocher.gateway.management;
