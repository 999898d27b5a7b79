/**
 * The announcements module's backend: news, events and urgent alerts written once by a
 * commune's (or an intercommunality's) secretary, shown on the public site, its home and
 * alert band, and in feeds. One package per feature; {@code content} holds what they
 * share.
 */
package fr.clocher.announcements.service;
