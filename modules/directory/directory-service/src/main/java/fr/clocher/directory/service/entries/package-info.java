/**
 * Entries of the directory: their checks (each refusal names its field), the French
 * search, the secretary's work on them, and the store the public pages read.
 */
package fr.clocher.directory.service.entries;
