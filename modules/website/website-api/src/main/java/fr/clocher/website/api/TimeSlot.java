package fr.clocher.website.api;

import java.time.LocalTime;

/**
 * A time the town hall is open, e.g. 09:00–12:00 (JSON {@code "09:00"}).
 *
 * @param opens when it opens
 * @param closes when it closes, after {@code opens}
 */
public record TimeSlot(LocalTime opens, LocalTime closes) {

}
