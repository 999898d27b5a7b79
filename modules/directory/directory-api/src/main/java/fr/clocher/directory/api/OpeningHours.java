package fr.clocher.directory.api;

/**
 * One opening slot in the week.
 *
 * @param day {@code MONDAY} to {@code SUNDAY}
 * @param opens when it opens, {@code HH:mm}
 * @param closes when it closes, {@code HH:mm}, after it opens
 */
public record OpeningHours(String day, String opens, String closes) {

}
