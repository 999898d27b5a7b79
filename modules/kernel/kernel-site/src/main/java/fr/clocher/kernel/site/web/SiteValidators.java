package fr.clocher.kernel.site.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The ETag and Last-Modified of a commune's pages. A page changes when the commune
 * changes something (its site version), when a new release is deployed (templates, style
 * sheet), and at midnight in Paris (opening hours and dated notices): the ETag names all
 * three, so it also names the rendered page a cache may keep.
 */
@Component
class SiteValidators {

	private static final ZoneId PARIS = Paris.ZONE;

	private final Clock clock;

	/** When this release started serving. */
	private final Instant deployedAt;

	SiteValidators(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.deployedAt = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	Validators of(SiteVersion version) {
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		String etag = "\"" + version.version() + "-" + Long.toString(this.deployedAt.getEpochSecond(), 36) + "-"
				+ today.toEpochDay() + "\"";
		Instant lastModified = this.deployedAt;
		if (version.changedAt() != null && version.changedAt().isAfter(lastModified)) {
			lastModified = version.changedAt();
		}
		Instant midnight = today.atStartOfDay(PARIS).toInstant();
		if (midnight.isAfter(lastModified)) {
			lastModified = midnight;
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
