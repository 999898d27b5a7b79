/**
 * Removal of identity and tenant headers sent by clients. Backends trust headers such as
 * {@code X-Clocher-Tenant} only because the gateway guarantees that whatever a client
 * sent under those names (or name prefixes such as {@code X-Clocher-*}) never reaches
 * them; the gateway alone may set them, after this filter has run.
 */
package fr.clocher.gateway.headers;
