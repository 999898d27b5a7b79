/**
 * The waste billing module: its descriptor, its configuration and its auto-configuration
 * (all it needs to install itself in tenant-service). The features live in sub-packages,
 * each with its configuration, its controller (one per interface of the contract) and its
 * package-private internals: {@code payers} (payers, exemptions, member communes),
 * {@code bins} (bins, assignments, blacklisting), {@code tariffs} (the grid per year),
 * {@code lifts} (the lift files' import), {@code billing} (runs, invoices, numbering);
 * {@code support} holds what they share.
 */
package fr.clocher.wastebilling.service;
