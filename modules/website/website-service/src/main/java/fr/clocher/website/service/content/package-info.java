/**
 * Pages written by the secretary: drafts, publishing, slugs, and the rich text policy
 * (what HTML a page may hold); {@code PagesApi} served by {@code PagesController}.
 */
package fr.clocher.website.service.content;
