/**
 * tenant-service: owns the database. The tenant registry, module activation, every
 * module's backend, the REST API, the public sites, scheduled work.
 */
package fr.clocher.tenant;
