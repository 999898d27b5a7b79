/**
 * The payers (households and professionals) of the tenant's member communes, their
 * exemptions and the secretary's search; {@code PayersApi} served by
 * {@code PayersController}.
 */
package fr.clocher.wastebilling.service.payers;
