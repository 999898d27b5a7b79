/**
 * The directory on the commune's public site: browsing by category, the search, each
 * entry's page with its schema.org description, the list of addresses with their
 * OpenStreetMap links, and the open-data exports; a group's entries on its member
 * communes' sites.
 */
package fr.clocher.directory.service.site;
