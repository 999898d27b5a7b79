/**
 * What portal-ui tells the people who run it: the gateway's request id on every line
 * logged while a request is served and on every call made to tenant-service for it (so
 * one id follows a click from the gateway to the database), and its health and metrics on
 * {@code /admin/actuator}, which the gateway does not publish.
 */
package fr.clocher.portal.observability;
