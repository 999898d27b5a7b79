package fr.clocher.website.api;

import java.util.UUID;

/**
 * How the site looks: one design for every commune, themed by these.
 *
 * @param primaryColor {@code #rrggbb}, used for the header band, buttons and links; it
 * must contrast at least 4.5:1 with white (WCAG AA); null keeps the platform's colour
 * @param logoId the logo or coat of arms (an image of {@link FilesApi#images}), or null;
 * its alternative text is read as the site's name
 * @param headerImageId the home page's header photo, or null
 */
public record Theme(String primaryColor, UUID logoId, UUID headerImageId) {

}
