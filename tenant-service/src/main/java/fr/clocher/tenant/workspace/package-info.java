/**
 * The tenant's workspace API, for its secretaries (and operators): who the tenant is, its
 * modules switched on or off with their settings, and the changes recorded in it.
 */
package fr.clocher.tenant.workspace;
