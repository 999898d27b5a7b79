/**
 * The official list of French communes and intercommunalities (Etalab, MIT licence),
 * shipped with the service so an operator creates a commune from its INSEE code alone, or
 * an intercommunality with all its members from its SIREN.
 */
package fr.clocher.tenant.reference;
