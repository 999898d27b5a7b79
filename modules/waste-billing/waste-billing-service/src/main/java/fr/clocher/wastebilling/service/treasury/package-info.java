/**
 * The treasury export: the collectivity's identifiers at the public treasury (a tenant's
 * settings) and the PES V2 Recette file of type ORMC of an issued run (one roll, one
 * article per invoice, one sub-article per line), written as a stream from the generated
 * JAXB classes of {@code waste-billing-pes} and validated against the DGFiP's schema
 * before it is served.
 */
package fr.clocher.wastebilling.service.treasury;
