package fr.clocher.wastebilling.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A bin, with its assignments (oldest first) and, when lost or stolen, from when it is
 * refused.
 */
public record Bin(UUID id, String tag, int volumeLitres, LocalDate blacklistedFrom, String blacklistReason,
		List<BinAssignment> assignments) {

	public Bin {
		assignments = List.copyOf(assignments);
	}

}
