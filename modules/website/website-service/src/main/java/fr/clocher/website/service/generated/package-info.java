/**
 * The pages every commune's site has from its first day, written from its data (name,
 * INSEE code, town hall, mayor, the platform's host): legal notices, personal data,
 * accessibility statement. Only the fields the secretary edits are stored; the others
 * follow the data. {@code GeneratedPagesApi} is served by
 * {@code GeneratedPagesController}.
 */
package fr.clocher.website.service.generated;
