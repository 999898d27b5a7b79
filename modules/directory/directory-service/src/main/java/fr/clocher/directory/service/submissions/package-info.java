/**
 * Residents' proposals from the public site, without an account: proof of work, honeypot
 * and rate limit against floods, the submitter's address confirmed by a mailed link, the
 * secretary's moderation, the submitter told of her decision.
 */
package fr.clocher.directory.service.submissions;
