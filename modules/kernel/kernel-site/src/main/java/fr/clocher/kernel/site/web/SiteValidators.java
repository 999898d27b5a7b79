package fr.clocher.kernel.site.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The ETag and Last-Modified of a commune's pages. A page changes when the commune
 * changes something (its site version), when a new release is deployed (templates, style
 * sheet: {@link SiteRelease}), and at midnight in Paris (opening hours and dated
 * notices): the ETag names all three, so it also names the rendered page a cache may
 * keep, and nothing else: every instance of a release gives a page the same ETag.
 * Last-Modified is the later of the commune's last change and midnight; after a new
 * release only the ETag tells a copy is old, and a reader that sends it
 * ({@code If-None-Match}) is judged by it alone.
 */
@Component
class SiteValidators {

	private static final ZoneId PARIS = Paris.ZONE;

	private final Clock clock;

	private final String release;

	SiteValidators(ObjectProvider<Clock> clock, SiteRelease release) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.release = release.fingerprint();
	}

	Validators of(SiteVersion version) {
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		String etag = "\"" + version.version() + "-" + this.release + "-" + today.toEpochDay() + "\"";
		Instant lastModified = today.atStartOfDay(PARIS).toInstant();
		if (version.changedAt() != null && version.changedAt().isAfter(lastModified)) {
			lastModified = version.changedAt();
		}
		return new Validators(etag, lastModified);
	}

	/**
	 * What a reader's copy is checked against.
	 *
	 * @param etag the quoted entity tag
	 * @param lastModified the last change, in whole seconds
	 */
	record Validators(String etag, Instant lastModified) {

	}

}
