/**
 * The public commune site as the kernel offers it to every module. tenant-service serves
 * a commune's site (on its host, or under {@code /c/{slug}/} on the platform's own
 * hosts), answers for unknown and suspended communes, caches, and frames every page in
 * the commune's look; modules only bring content:
 * <ul>
 * <li>a {@link fr.clocher.kernel.site.SitePages} bean answers the site paths a module
 * owns (a page in the frame, or a file), and lists them for the sitemap;</li>
 * <li>a {@link fr.clocher.kernel.site.SiteSlot} bean puts an HTML fragment in an area of
 * the site (the home page, the alert band), in order;</li>
 * <li>a {@link fr.clocher.kernel.site.SiteStyleFragment} bean adds the module's style
 * rules to the commune's one style sheet;</li>
 * <li>a {@link fr.clocher.kernel.site.SiteHeadLinks} bean adds links to every page's head
 * (its feeds, for autodiscovery);</li>
 * <li>a {@link fr.clocher.kernel.site.SiteChromeSource} (the website module's) gives the
 * frame its theme, menu and footer links;</li>
 * <li>a {@link fr.clocher.kernel.site.SiteSamples} bean seeds sample content and names
 * the pages that show it, for the accessibility check of every module's pages;</li>
 * <li>{@link fr.clocher.kernel.site.SiteVersions#touch()} tells caches that what
 * residents see has changed (and publishes {@link fr.clocher.kernel.site.SiteChanged} for
 * the caches of this process).</li>
 * </ul>
 * Each is asked only when its module is enabled for the commune. Adding a module's pages,
 * slots or styles touches neither the kernel nor the website module.
 * <p>
 * What a module answers for a path may change only with the site version or with the day
 * (Paris time): the page's ETag names both, and tenant-service serves the rendered page
 * again, to every reader, until one of them moves. Content that must change at another
 * moment (an alert that ends at noon) touches the version when it does.
 */
package fr.clocher.kernel.site;
