package fr.clocher.kernel.site.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import fr.clocher.kernel.site.SiteVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's ETag names its content (the commune's site version, the release's site
 * resources, the day in Paris), never when an instance started: instances of one release
 * recognise each other's copies.
 */
class SiteValidatorsTests {

	private static final SiteVersion VERSION = new SiteVersion(7, Instant.parse("2026-12-07T08:30:00Z"));

	@Test
	void twoInstancesStartedAtDifferentTimesGiveAPageTheSameValidators() {
		MovingClock clock = new MovingClock(Instant.parse("2026-12-07T06:00:00Z"));
		SiteValidators startedFirst = new SiteValidators(clockProvider(clock), release(""));
		clock.now = Instant.parse("2026-12-07T09:00:00Z");
		SiteValidators startedLater = new SiteValidators(clockProvider(clock), release(""));

		assertThat(startedFirst.of(VERSION)).isEqualTo(startedLater.of(VERSION));
	}

	@Test
	void theETagMovesWithTheSiteVersionTheReleaseAndTheDayInParis() {
		String etag = validators("2026-12-07T09:00:00Z", "").of(VERSION).etag();

		assertThat(validators("2026-12-07T09:00:00Z", "").of(new SiteVersion(8, VERSION.changedAt())).etag())
			.isNotEqualTo(etag);
		assertThat(validators("2026-12-07T09:00:00Z", "image-2026.12.2").of(VERSION).etag()).isNotEqualTo(etag);
		// 23:30 UTC on the 7th is already the 8th in Paris.
		assertThat(validators("2026-12-07T23:30:00Z", "").of(VERSION).etag()).isNotEqualTo(etag);
		assertThat(validators("2026-12-07T22:30:00Z", "").of(VERSION).etag()).isEqualTo(etag);
	}

	@Test
	void lastModifiedIsTheLaterOfTheCommunesLastChangeAndMidnightInParis() {
		assertThat(validators("2026-12-07T09:00:00Z", "").of(VERSION).lastModified()).isEqualTo(VERSION.changedAt());
		assertThat(validators("2026-12-09T09:00:00Z", "").of(VERSION).lastModified())
			.isEqualTo(Instant.parse("2026-12-08T23:00:00Z"));
		assertThat(validators("2026-12-07T09:00:00Z", "").of(new SiteVersion(0, null)).lastModified())
			.isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
	}

	private static SiteValidators validators(String now, String release) {
		return new SiteValidators(clockProvider(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)), release(release));
	}

	private static SiteRelease release(String release) {
		return new SiteRelease(new SiteProperties(Duration.ofSeconds(60), DataSize.ofMegabytes(1), release));
	}

	private static ObjectProvider<Clock> clockProvider(Clock clock) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("clock", clock);
		return beans.getBeanProvider(Clock.class);
	}

	private static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
