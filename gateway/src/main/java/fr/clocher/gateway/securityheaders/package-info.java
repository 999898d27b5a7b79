/**
 * Security headers on every answer of the gateway, proxied or its own (error pages, 429):
 * {@code Content-Security-Policy} and {@code X-Frame-Options} chosen by path prefix (the
 * Vaadin admin and Keycloak need looser policies than the public sites),
 * {@code X-Content-Type-Options}, {@code Referrer-Policy}, and
 * {@code Strict-Transport-Security} only for requests that came over TLS. A header that
 * the backend already set is kept as the backend wrote it.
 */
package fr.clocher.gateway.securityheaders;
