/**
 * A tenant's lifecycle on the platform: its whole data exported as a documented archive.
 */
package fr.clocher.tenant.lifecycle;
