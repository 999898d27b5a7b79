/**
 * What tenant-service tells the people who run it: per request, the module served, its
 * outcome and its time ({@code clocher.requests}), the same per tenant for a bounded
 * number of tenants ({@code clocher.tenant.requests}, see {@link TenantTags}), the
 * backlogs waiting to leave ({@code clocher.backlog}), and the tenant's slug beside the
 * gateway's request id in every log line written while a request is served.
 */
package fr.clocher.tenant.observability;
