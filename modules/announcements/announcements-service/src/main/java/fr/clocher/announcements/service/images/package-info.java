/**
 * Images of news items: uploaded with their alternative text, checked (type by content,
 * size, pixels) before anything is decoded, stored with the tenant's data.
 */
package fr.clocher.announcements.service.images;
