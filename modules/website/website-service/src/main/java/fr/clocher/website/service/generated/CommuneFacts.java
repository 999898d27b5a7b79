package fr.clocher.website.service.generated;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.clocher.website.api.CouncilMember;
import fr.clocher.website.api.HostingProvider;
import fr.clocher.website.api.TownHall;

/**
 * What the generated pages are written from.
 *
 * @param name the commune's name
 * @param officialCode its INSEE code
 * @param onlineSince the day it joined the platform
 * @param townHall its town hall
 * @param mayor its mayor, or null
 * @param host who hosts the site
 */
public record CommuneFacts(String name, String officialCode, LocalDate onlineSince, TownHall townHall,
		CouncilMember mayor, HostingProvider host) {

	/** The town hall's postal address on one line per part, without the blanks. */
	public List<String> addressLines() {
		String city = (this.townHall.city() != null) ? this.townHall.city() : this.name;
		String cityLine = Stream.of(this.townHall.postalCode(), city)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		return Stream.of(this.townHall.street(), cityLine).filter((line) -> line != null && !line.isBlank()).toList();
	}

	/** Postal address, e-mail and phone of the town hall, one per line, those known. */
	public String contactLines() {
		return Stream
			.of(Stream.of("Mairie de " + this.name), addressLines().stream(),
					Stream.ofNullable(this.townHall.email()).map((email) -> "Courriel : " + email),
					Stream.ofNullable(this.townHall.phone()).map((phone) -> "Téléphone : " + phone))
			.flatMap((lines) -> lines)
			.collect(Collectors.joining("\n"));
	}

	public String mayorName() {
		return (this.mayor != null) ? this.mayor.name() : null;
	}

}
