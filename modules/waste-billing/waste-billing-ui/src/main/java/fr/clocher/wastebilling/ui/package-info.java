/**
 * The waste billing module's screens in portal-ui: the secretary keeps the payers and
 * their bins, the tariff grid of each year, imports the collection vehicles' lift files
 * and runs, reviews, validates and issues each billing period. Installed by putting the
 * jar on portal-ui's class path:
 * {@link fr.clocher.wastebilling.ui.WasteBillingUiAutoConfiguration} declares the menu
 * entries and the dashboard card, and registers one client per interface of the contract
 * in portal-ui's tenant-service HTTP group. Each screen lives in its feature package
 * (payers, bins, tariffs, imports, runs) and is given the clients of the features it
 * shows.
 */
package fr.clocher.wastebilling.ui;
