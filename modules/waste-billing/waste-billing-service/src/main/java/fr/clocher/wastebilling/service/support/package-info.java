/**
 * What the waste billing features share: refusals naming each field, the change log,
 * paging and search text.
 */
package fr.clocher.wastebilling.service.support;
