/**
 * What every website screen shares: texts in the secretary's language, calls to the
 * website API that turn a refusal into readable messages on the fields it names, and
 * buttons that cannot send the same request twice.
 */
package fr.clocher.website.ui.support;
