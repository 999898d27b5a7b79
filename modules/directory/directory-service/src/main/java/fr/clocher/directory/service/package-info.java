/**
 * The service directory's backend: entries and categories of a commune (or of an
 * intercommunality, shown on its member communes' sites), French search, public pages and
 * open data. One package per feature; {@code entries} holds what the others share.
 */
package fr.clocher.directory.service;
