/**
 * The request id the gateway gives each request ({@code X-Request-Id}), kept in the
 * logging context of tenant-service and portal-ui while they serve it, so that one id
 * follows a request from the gateway through portal-ui to tenant-service.
 */
package fr.clocher.kernel.requestid;
