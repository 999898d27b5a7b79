/**
 * Categories of entries: the defaults a tenant starts with, the secretary's own, each
 * with the schema.org type of its entries' pages.
 */
package fr.clocher.directory.service.categories;
