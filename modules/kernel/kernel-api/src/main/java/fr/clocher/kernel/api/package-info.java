/**
 * The module contract shared by tenant-service and portal-ui: what a commune module
 * declares about itself (key, names, settings with defaults and validation, permissions,
 * which kinds of tenant may enable it). Plain records without a framework, so both the
 * backend and the Vaadin admin read the same description.
 */
package fr.clocher.kernel.api;
