/**
 * News items: title, summary, sanitized body, category and an image with its alternative
 * text; the secretary writes, publishes now or at a set time, archives.
 */
package fr.clocher.announcements.service.news;
