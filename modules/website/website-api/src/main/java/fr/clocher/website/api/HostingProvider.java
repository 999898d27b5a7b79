package fr.clocher.website.api;

/**
 * Who hosts the site (the platform operator), as the legal notices name it; from the
 * platform's configuration.
 *
 * @param name the operator's name
 * @param address its postal address
 * @param contact a phone number or e-mail address
 */
public record HostingProvider(String name, String address, String contact) {

}
