/**
 * The directory's sample content and pages, which tenant-service's accessibility check
 * seeds and checks.
 */
package fr.clocher.directory.service.samples;
