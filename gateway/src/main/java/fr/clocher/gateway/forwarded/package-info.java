/**
 * Who the client is, and what the backends are told about it. The gateway is the edge:
 * the {@code X-Forwarded-*} and {@code Forwarded} headers a client sends are dropped and
 * replaced by what the gateway saw (client address, scheme, host, port), unless the
 * connection comes from a configured trusted proxy, whose values are kept and extended.
 * The same rule gives the client address that rate limiting counts by.
 */
package fr.clocher.gateway.forwarded;
