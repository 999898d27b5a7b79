package fr.clocher.website.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The website module's configuration ({@code clocher.website}), its defaults here and
 * only here; each is overridden from the environment by its name in capitals
 * ({@code CLOCHER_WEBSITE_MAX_IMAGE_SIZE}, {@code CLOCHER_WEBSITE_HOST_NAME}...).
 *
 * @param maxImageSize the largest image accepted
 * @param maxAttachmentSize the largest document accepted
 * @param maxImagePixels the most pixels an image may declare (width × height, read from
 * its header before anything is decoded): 40 million is a 7300 × 5500 photo, more than
 * any camera a secretary uses, and about 160 MB once decoded
 * @param imageWidth the width images are reduced to
 * @param smallImageWidth the width of their small version
 * @param host who hosts the sites, as every commune's legal notices name it
 */
@ConfigurationProperties("clocher.website")
public record WebsiteProperties(@DefaultValue("10MB") DataSize maxImageSize,
		@DefaultValue("20MB") DataSize maxAttachmentSize, @DefaultValue("40000000") long maxImagePixels,
		@DefaultValue("1280") int imageWidth, @DefaultValue("480") int smallImageWidth, @DefaultValue Host host) {

	/**
	 * The platform operator hosting the sites. The defaults say they are for development
	 * only: production sets {@code CLOCHER_WEBSITE_HOST_NAME}, {@code _ADDRESS} and
	 * {@code _CONTACT}.
	 *
	 * @param name its name
	 * @param address its postal address
	 * @param contact its phone or e-mail
	 */
	public record Host(@DefaultValue("Clocher — instance de développement (hébergeur à renseigner)") String name,
			@DefaultValue("Adresse à renseigner (CLOCHER_WEBSITE_HOST_ADDRESS)") String address,
			@DefaultValue("Contact à renseigner (CLOCHER_WEBSITE_HOST_CONTACT)") String contact) {

	}

}
