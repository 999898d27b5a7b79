package fr.clocher.announcements.api;

import java.util.UUID;

/**
 * Who one announcement reached: how often its public page was read (counted without
 * cookies or personal data) and where its mail stands.
 *
 * @param id the announcement
 * @param reads reads of its public page since it was published
 * @param mail its mail to the tenant's subscribers
 */
public record Audience(UUID id, int reads, MailDelivery mail) {

}
