/**
 * The site's menu: entries in order, each opening a page, an address or grouping
 * sub-entries (one level of nesting).
 */
package fr.clocher.website.ui.menu;
