/**
 * The kernel's tenant-facing API, as portal-ui calls it with the signed-in person's
 * token: the commune's profile, its modules and its recent changes.
 */
package fr.clocher.kernel.api.workspace;
