package fr.clocher.kernel.site;

import java.util.List;

import fr.clocher.kernel.tenancy.TenantRef;

/**
 * A module's public pages as a commune that uses it would have them: the content to put
 * in a commune and the site paths that show it; a bean in the module's
 * auto-configuration. tenant-service's accessibility check seeds every module's content
 * in one test commune, then checks each sample at a phone's and a desktop's width, so a
 * module's pages are checked the day it is installed.
 */
public interface SiteSamples {

	/** The module the samples belong to. */
	String moduleKey();

	/**
	 * Fills in what the samples show, as the commune's secretary would. Called once per
	 * commune, with the module enabled, in the commune's tenant context and inside a
	 * transaction.
	 */
	void seed(TenantRef commune);

	/**
	 * The pages to check once {@link #seed} has run in the commune (a heading may name
	 * it).
	 */
	List<SiteSample> samples(TenantRef commune);

}
