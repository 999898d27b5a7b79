/**
 * The website module, the first commune module and the one to copy: its descriptor, its
 * configuration, its auto-configuration (all it needs to install itself in
 * tenant-service) and its API controller. The parts live in sub-packages: {@code content}
 * (pages), {@code files}, {@code settings} (menu, home, town hall, theme, council),
 * {@code generated} (legal notices, privacy, accessibility), {@code publicsite} (what it
 * adds to the commune's public site).
 */
package fr.clocher.website.service;
