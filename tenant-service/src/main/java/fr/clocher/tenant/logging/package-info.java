/**
 * What tenant-service's logs say about a request: the request id the gateway gives it, on
 * every line logged for the request and in every problem detail, so that what a reader or
 * an operator reports can be found.
 */
package fr.clocher.tenant.logging;
