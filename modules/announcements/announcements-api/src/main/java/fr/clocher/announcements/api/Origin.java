package fr.clocher.announcements.api;

/**
 * Who published an announcement shown on a commune's site.
 *
 * @param tenant the publishing tenant's slug
 * @param name its name
 * @param group true when it is the commune's intercommunality (or syndicate), not the
 * commune itself
 */
public record Origin(String tenant, String name, boolean group) {

}
