/**
 * The operator REST API under {@code /api/platform/}: onboarding communes,
 * intercommunalities and syndicates, finding tenants, suspending and resuming them, their
 * custom domains, and switching modules on and off for them.
 */
package fr.clocher.tenant.platform;
