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
 */
@ConfigurationProperties("clocher.announcements")
public record AnnouncementsProperties(@DefaultValue("5MB") DataSize maxImageSize,
		@DefaultValue("40000000") long maxImagePixels, @DefaultValue("10") int newsPerPage, @DefaultValue Sweep sweep) {

	/**
	 * @param enabled whether this instance runs the sweep on its own (tests call it)
	 * @param every how long between two sweeps: the most a scheduled publication or an
	 * alert's end may show late
	 */
	public record Sweep(@DefaultValue("true") boolean enabled, @DefaultValue("15s") Duration every) {

	}

}
