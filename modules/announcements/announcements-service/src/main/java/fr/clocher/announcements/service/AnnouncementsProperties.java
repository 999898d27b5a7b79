package fr.clocher.announcements.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The announcements module's configuration ({@code clocher.announcements}).
 *
 * @param maxImageSize the largest image accepted
 * @param maxImagePixels the most pixels an image may declare (read from its header before
 * anything is decoded)
 * @param newsPerPage news items per page of the public list
 * @param sweep the publication sweep: scheduled publications and alert ends
 * @param mail the subscribers' mail
 */
@ConfigurationProperties("clocher.announcements")
public record AnnouncementsProperties(@DefaultValue("5MB") DataSize maxImageSize,
		@DefaultValue("40000000") long maxImagePixels, @DefaultValue("10") int newsPerPage, @DefaultValue Sweep sweep,
		@DefaultValue Mail mail) {

	/**
	 * @param enabled whether this instance runs the sweep on its own (tests call it)
	 * @param every how long between two sweeps: the most a scheduled publication or an
	 * alert's end may show late
	 */
	public record Sweep(@DefaultValue("true") boolean enabled, @DefaultValue("15s") Duration every) {

	}

	/**
	 * @param from the sender of the subscribers' mail
	 * @param secret the key of the links' signatures (confirmation, unsubscribe): the
	 * same on every instance, secret, without default (declared in
	 * {@code META-INF/clocher/secrets.properties}: the service refuses to start without
	 * it)
	 * @param every how long between two runs of the mail worker
	 * @param batch how many mails a run sends per tenant at most
	 * @param retryAfter how long a failed mail waits before its next attempt
	 */
	public record Mail(@DefaultValue("annonces@clocher.localhost") String from, String secret,
			@DefaultValue("10s") Duration every, @DefaultValue("200") int batch,
			@DefaultValue("1m") Duration retryAfter) {

	}

}
