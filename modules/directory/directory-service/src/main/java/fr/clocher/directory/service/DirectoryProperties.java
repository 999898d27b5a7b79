package fr.clocher.directory.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The directory module's configuration ({@code clocher.directory}).
 *
 * @param maxPhotoSize the largest photo accepted
 * @param searchResults the most results a search shows
 * @param typoSimilarity the least trigram word similarity (0 to 1) that finds a misspelt
 * word
 */
@ConfigurationProperties("clocher.directory")
public record DirectoryProperties(@DefaultValue("256KB") DataSize maxPhotoSize, @DefaultValue("50") int searchResults,
		@DefaultValue("0.5") double typoSimilarity, @DefaultValue("annuaire@clocher.localhost") String mailFrom,
		@DefaultValue Proposals proposals, @DefaultValue Reminders reminders) {

	/**
	 * @param perAddress how many proposals one address may post to one site in a window
	 * @param window that window
	 * @param challengeValidity how long a proof-of-work challenge may be solved
	 * @param challengeMaxNumber the proof of work's difficulty (the browser tries up to
	 * half of it on average: 50,000 SHA-256 hashes, well under a second)
	 * @param unconfirmedKept how long a proposal whose submitter never followed the
	 * confirmation link is kept (its link works that long); the directory's sweep deletes
	 * it afterwards
	 */
	public record Proposals(@DefaultValue("annuaire@clocher.localhost") String from, @DefaultValue("5") int perAddress,
			@DefaultValue("1h") java.time.Duration window, @DefaultValue("10m") java.time.Duration challengeValidity,
			@DefaultValue("100000") long challengeMaxNumber, @DefaultValue("7d") java.time.Duration unconfirmedKept) {

	}

	/**
	 * @param enabled whether this instance sends them on its own (tests call the sweep)
	 * @param every how long between two sweeps of the tenants
	 * @param batch how many owners a sweep writes to per tenant at most
	 */
	public record Reminders(@DefaultValue("true") boolean enabled, @DefaultValue("6h") java.time.Duration every,
			@DefaultValue("200") int batch) {

	}

}
