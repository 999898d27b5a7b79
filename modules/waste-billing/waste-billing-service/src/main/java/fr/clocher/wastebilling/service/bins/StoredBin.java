package fr.clocher.wastebilling.service.bins;

import java.time.LocalDate;
import java.util.UUID;

/** A bin row. */
record StoredBin(UUID id, String tag, int volumeLitres, LocalDate blacklistedFrom, String blacklistReason) {

}
