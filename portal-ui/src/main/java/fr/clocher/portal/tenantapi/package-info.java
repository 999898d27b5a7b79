/**
 * How portal-ui reaches tenant-service: the HTTP service group every API interface is
 * registered in (the kernel's and each module's), with the signed-in person's access
 * token and her language on every call.
 */
package fr.clocher.portal.tenantapi;
