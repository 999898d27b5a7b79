package fr.clocher.website.api;

import java.util.List;

/**
 * The municipal council, shown on {@code /conseil-municipal}; its mayor is the
 * publication director of the legal notices.
 *
 * @param members in the order shown (at most 69)
 */
public record Council(List<CouncilMember> members) {

	public Council {
		members = (members != null) ? List.copyOf(members) : List.of();
	}

}
