package fr.clocher.kernel.site;

/**
 * What a module answers for a site path: a page shown in the commune's frame, or a file.
 */
public sealed interface SiteContent permits SitePage, SiteFile {

}
