package fr.clocher.website.api;

/**
 * The legal notices ({@code /mentions-legales}): who publishes the site, who is
 * responsible for it, who hosts it. The host is the platform operator, from the
 * platform's configuration ({@link SiteOverview#host()}), and cannot be edited. Plain
 * text, each at most 4,000 characters.
 *
 * @param publisher the publisher: the commune's name, INSEE code, town hall address,
 * phone and e-mail (generated from the commune's data and {@link TownHall})
 * @param publicationDirector the publication director: the mayor (generated from the
 * {@link Council}'s {@link CouncilRole#MAYOR})
 * @param credits who made the photos and texts (generated: the commune)
 * @param additionalInformation anything else the commune must say (generated: empty)
 */
public record LegalNoticesFields(String publisher, String publicationDirector, String credits,
		String additionalInformation) {

}
