package fr.clocher.announcements.api;

/**
 * Subscribers and mail, counted.
 *
 * @param subscribers confirmed subscribers
 * @param awaitingConfirmation addresses that have not confirmed yet
 * @param mailPending mails waiting to be sent (a backlog that grows while the mail server
 * fails)
 * @param mailSent mails sent
 * @param newsSubscribers confirmed subscribers who receive the news
 * @param alertSubscribers confirmed subscribers who receive the alerts
 */
public record SubscriptionCounts(int subscribers, int awaitingConfirmation, int mailPending, int mailSent,
		int newsSubscribers, int alertSubscribers) {

}
