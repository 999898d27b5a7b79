/**
 * The operator's dashboard: requests, errors and time per module, the slowest tenants and
 * the backlogs, from tenant-service's metrics.
 */
package fr.clocher.portal.operator.activity;
