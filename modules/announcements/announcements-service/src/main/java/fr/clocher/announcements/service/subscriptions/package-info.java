/**
 * E-mail subscriptions without an account: double opt-in by a signed link, one-click
 * unsubscribe (RFC 8058) that deletes the address, and an outbox in the database that
 * sends each publication once to each subscriber, whatever the retries and instances.
 */
package fr.clocher.announcements.service.subscriptions;
