/**
 * The mayor and the municipal council as the site lists them.
 */
package fr.clocher.website.ui.council;
