/**
 * Provisioning in Keycloak. Every tenant is an Organization (alias = slug); its
 * secretaries are members with the {@code secretary} realm role. What must be done is
 * recorded as tasks in the same transaction as the registry change (an outbox), carried
 * out after commit and retried on a schedule while Keycloak is unreachable. Each step is
 * idempotent: a retry finds what exists and creates only what is missing.
 */
package fr.clocher.tenant.provisioning;
