/**
 * The list of every tenant (communes, intercommunalities, syndicates): a lazy grid whose
 * paging, sorting and filtering run in tenant-service, an intercommunality opening on its
 * members, and suspension and resumption after confirmation.
 */
package fr.clocher.portal.operator.tenants;
