package fr.clocher.website.service.support;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.website.api.Website;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a change of the website in the transaction that makes it: in the commune's
 * change log, and as a new site version (so the public pages revalidate).
 */
public class WebsiteChanges {

	private final ChangeLog log;

	private final SiteVersions versions;

	public WebsiteChanges(ChangeLog log, SiteVersions versions) {
		this.log = log;
		this.versions = versions;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(LocalizedText what) {
		this.log.record(Website.KEY, what);
		this.versions.touch();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String fr, String en) {
		record(LocalizedText.of(fr, en));
	}

}
