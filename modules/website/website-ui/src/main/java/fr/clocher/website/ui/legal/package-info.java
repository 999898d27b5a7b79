/**
 * The pages the platform writes from the commune's data — legal notices, personal data,
 * accessibility statement — which the secretary may edit field by field or bring back to
 * the generated text.
 */
package fr.clocher.website.ui.legal;
