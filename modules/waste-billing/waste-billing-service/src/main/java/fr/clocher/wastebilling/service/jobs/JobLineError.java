package fr.clocher.wastebilling.service.jobs;

import fr.clocher.kernel.api.LocalizedText;

/**
 * One error of a failed job, as kept.
 *
 * @param line the file's line, null when not a line's
 * @param field the column or field, null for the whole line
 * @param reason why, in both languages (without the line and field, said apart)
 */
public record JobLineError(Long line, String field, LocalizedText reason) {

}
