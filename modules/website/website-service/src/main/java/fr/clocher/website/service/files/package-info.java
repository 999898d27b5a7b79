/**
 * Images and documents: checked by their content (not by what the browser says),
 * re-encoded and resized for images, stored with the commune's data under row-level
 * security, refused with the limit named when too large.
 */
package fr.clocher.website.service.files;
