package fr.clocher.announcements.api;

/**
 * The mail of one publication to the tenant's subscribers.
 *
 * @param pending mails not sent yet
 * @param sent mails sent
 * @param retrying pending mails that failed at least once (the mail server refused or was
 * unreachable; they are tried again)
 */
public record MailDelivery(int pending, int sent, int retrying) {

}
