/**
 * The module activation matrix: tenants × modules, for the members of an intercommunality
 * or the tenants of a department, with how many have each module on.
 */
package fr.clocher.portal.operator.matrix;
