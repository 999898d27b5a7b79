/**
 * The directory's mail to submitters and owners.
 */
package fr.clocher.directory.service.mail;
