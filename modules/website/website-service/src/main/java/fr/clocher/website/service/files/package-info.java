/**
 * Images and documents: read from the request no further than their limit, checked by
 * their content (not by what the browser says), images refused before decoding when their
 * header declares too many pixels, then re-encoded and resized; stored with the commune's
 * data under row-level security, refused with the limit named when too large.
 * {@code FilesApi} is served by {@code FilesController}.
 */
package fr.clocher.website.service.files;
