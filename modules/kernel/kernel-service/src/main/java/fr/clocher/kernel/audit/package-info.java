/**
 * The change log: every change a secretary or an operator makes in a tenant, recorded in
 * that tenant's transaction and shown back as "recent changes".
 */
package fr.clocher.kernel.audit;
