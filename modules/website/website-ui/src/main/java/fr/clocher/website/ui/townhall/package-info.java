/**
 * The town hall's information as the site shows it: address, contacts, opening hours per
 * weekday and the days they do not apply.
 */
package fr.clocher.website.ui.townhall;
