/**
 * The website module, the first commune module and the one to copy: its descriptor, its
 * configuration, its auto-configuration (all it needs to install itself in
 * tenant-service) and the site overview's controller. The features live in sub-packages,
 * each with its configuration and, behind it, its controllers (one per interface of the
 * contract) and package-private internals: {@code content} (pages), {@code files},
 * {@code settings} (menu, home, town hall, theme, council), {@code generated} (legal
 * notices, privacy, accessibility), {@code publicsite} (what it adds to the commune's
 * public site), {@code samples} (its sample pages for the site's accessibility check);
 * {@code support} holds what they share.
 */
package fr.clocher.website.service;
