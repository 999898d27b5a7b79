/**
 * Which host may reach which backend, checked before any routing. Paths are classified by
 * their first segment ({@link fr.clocher.gateway.access.PathKind}): the API, the admin
 * and sign-in are served on the platform's own hosts only
 * ({@code clocher.gateway.platform-hosts}); on a commune's hosts the gateway answers 404
 * itself, since tenant-service serves both its API and the public sites on one port. Of
 * Keycloak, only the platform realm and the static files of its pages are published,
 * never the master realm or the admin console. A path that a backend could read
 * differently from the gateway (dot segments, encoded slashes or dots, empty segments,
 * matrix parameters) is refused with 400 on every host.
 */
package fr.clocher.gateway.access;
