package fr.clocher.kernel.site;

/**
 * One of a module's sample pages.
 *
 * @param name a short name, unique across modules (the screenshot's name)
 * @param path its site path, from the site's root ({@code /conseil-municipal})
 * @param heading text its {@code h1} holds
 */
public record SiteSample(String name, String path, String heading) {

}
