/**
 * Creating one commune: the operator finds it in the official reference by name or
 * postcode, names its secretary, and reads any refusal next to the field concerned.
 */
package fr.clocher.portal.operator.communes;
