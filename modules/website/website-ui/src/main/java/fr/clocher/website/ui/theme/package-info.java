/**
 * How the site looks: its primary colour (contrast checked by the API), its logo and the
 * home page's header photo.
 */
package fr.clocher.website.ui.theme;
